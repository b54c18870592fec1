import sys


def main():
    # The textbook 2-D table: table[i][c] = best value using the first i items within capacity c.
    # O(n * W) time and O(n * W) memory.
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        w, v = int(data[2 * i]), int(data[2 * i + 1])
        previous, row = table[i - 1], table[i]
        for c in range(capacity + 1):
            keep = previous[c]
            if c >= w and previous[c - w] + v > keep:
                keep = previous[c - w] + v
            row[c] = keep
    print(table[n][capacity])


main()
