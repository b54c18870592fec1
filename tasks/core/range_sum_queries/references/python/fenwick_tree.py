import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    tree = [0] * (n + 1)
    for i in range(1, n + 1):
        tree[i] += int(data[1 + i])
        parent = i + (i & -i)
        if parent <= n:
            tree[parent] += tree[i]

    def prefix(i):
        total = 0
        while i > 0:
            total += tree[i]
            i -= i & -i
        return total

    out = []
    pos = 2 + n
    for _ in range(q):
        left, right = int(data[pos]), int(data[pos + 1])
        pos += 2
        out.append(prefix(right) - prefix(left - 1))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
