import sys


def main():
    # 1-D DP over capacity where each item updates the whole row in one list comprehension (the
    # loop runs inside the interpreter's C code): best[c] = max(best[c], best[c - w] + v). Only
    # capacities up to the total weight seen so far can change. O(n * W) time, O(W) memory.
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    best = [0] * (capacity + 1)
    reach = 0
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if w > capacity:
            continue
        grown = min(capacity, reach + w)
        # Capacities past the old reach hold the best value of all items so far (they all fit).
        best[reach + 1:grown + 1] = [best[reach]] * (grown - reach)
        reach = grown
        best[w:reach + 1] = [a if a >= b + v else b + v
                             for a, b in zip(best[w:reach + 1], best[:reach + 1 - w])]
    print(best[capacity])


main()
