import sys


def main():
    # Merge sort without recursion: runs of width 1, 2, 4, ... merged pairwise between two buffers,
    # counting the left values each right value jumps over. O(n log n).
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    b = [0] * n
    count = 0
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid, hi = min(lo + width, n), min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if a[j] < a[i]:
                    b[k] = a[j]
                    count += mid - i
                    j += 1
                else:
                    b[k] = a[i]
                    i += 1
                k += 1
            b[k:hi] = a[i:mid] if i < mid else a[j:hi]
        a, b = b, a
        width *= 2
    print(count)


main()
