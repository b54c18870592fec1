import sys
from bisect import bisect_right, insort


def main():
    # Scan left to right keeping the values seen so far sorted: the ones greater than x each form
    # an inversion with x. O(n log n) comparisons, O(n^2) element moves done by memmove.
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    seen = []
    count = 0
    for x in map(int, data[1:1 + n]):
        count += len(seen) - bisect_right(seen, x)
        insort(seen, x)
    print(count)


main()
