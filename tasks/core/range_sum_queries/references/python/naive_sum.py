import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n]))
    out = []
    pos = 2 + n
    for _ in range(q):
        left, right = int(data[pos]) - 1, int(data[pos + 1])
        pos += 2
        out.append(sum(values[left:right]))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
