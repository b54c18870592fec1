import sys
from bisect import bisect_left


def count(values):
    """Inversions of `values` by divide and conquer; the halves are sorted with the built-in sort."""
    if len(values) < 2:
        return 0
    mid = len(values) // 2
    left, right = values[:mid], values[mid:]
    total = count(left) + count(right)
    right_sorted = sorted(right)
    # A cross inversion pairs a left value with a smaller right value.
    for x in left:
        total += bisect_left(right_sorted, x)
    return total


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(count(list(map(int, data[1:1 + n]))))


main()
