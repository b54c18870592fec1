import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    # Every start, every end: the running sum from a start gives each of its subarrays in O(1). O(n^2).
    best = a[0]
    for i in range(n):
        total = 0
        for x in a[i:]:
            total += x
            if total > best:
                best = total
    print(best)


main()
