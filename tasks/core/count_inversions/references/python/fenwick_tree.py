import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    rank = {v: r for r, v in enumerate(sorted(set(a)), start=1)}
    size = len(rank)
    tree = [0] * (size + 1)
    count = 0
    for x in reversed(a):
        r = rank[x] - 1  # values strictly smaller than x seen so far (to the right of x)
        while r > 0:
            count += tree[r]
            r -= r & -r
        r = rank[x]
        while r <= size:
            tree[r] += 1
            r += r & -r
    print(count)


main()
