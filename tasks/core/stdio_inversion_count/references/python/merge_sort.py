import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    count = 0
    width = 1
    # Bottom-up merge sort: when a right element is placed before left ones, it jumps over all
    # the left elements not yet placed, each of them larger.
    while width < n:
        merged = []
        for lo in range(0, n, 2 * width):
            left, right = a[lo:lo + width], a[lo + width:lo + 2 * width]
            i = j = 0
            nl, nr = len(left), len(right)
            while i < nl and j < nr:
                if left[i] <= right[j]:
                    merged.append(left[i])
                    i += 1
                else:
                    merged.append(right[j])
                    j += 1
                    count += nl - i
            merged += left[i:]
            merged += right[j:]
        a = merged
        width *= 2
    print(count)


main()
