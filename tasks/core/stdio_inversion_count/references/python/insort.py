import sys
from bisect import bisect_right, insort


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    seen = []  # the values read so far, kept sorted
    count = 0
    for token in data[1:1 + n]:
        x = int(token)
        # Earlier values greater than x are the ones to the right of its insertion point.
        count += len(seen) - bisect_right(seen, x)
        insort(seen, x)
    print(count)


main()
