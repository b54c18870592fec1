import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    # Ranks 1..m of the distinct values, so the tree has one slot per value.
    rank = {v: i + 1 for i, v in enumerate(sorted(set(a)))}
    m = len(rank)
    tree = [0] * (m + 1)
    count = 0
    for seen, v in enumerate(a):
        r = rank[v]
        # Earlier values <= v are counted by the prefix sum up to its rank; the rest are larger.
        i, not_larger = r, 0
        while i > 0:
            not_larger += tree[i]
            i -= i & -i
        count += seen - not_larger
        while r <= m:
            tree[r] += 1
            r += r & -r
    print(count)


main()
