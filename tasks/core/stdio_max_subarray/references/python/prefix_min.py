import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # The sum of a[i+1..j] is prefix[j] - prefix[i]: for each end, subtract the smallest earlier prefix.
    lowest = 0
    best = None
    for prefix in accumulate(map(int, data[1:1 + n])):
        if best is None or prefix - lowest > best:
            best = prefix - lowest
        if prefix < lowest:
            lowest = prefix
    print(best)


main()
