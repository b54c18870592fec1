import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    # For every start, the running sums of the rest come from `accumulate` and their maximum from
    # `max`, both looping in C: still O(n^2), at a fraction of the interpreted loop's cost.
    print(max(max(accumulate(a[i:])) for i in range(n)))


main()
