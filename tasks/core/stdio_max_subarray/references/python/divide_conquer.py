import sys


def best_in(a, lo, hi):
    """Maximum sum of a non-empty subarray of a[lo:hi]: best of the left half, the right half, and
    the best sum crossing the middle (best suffix of the left plus best prefix of the right)."""
    if hi - lo == 1:
        return a[lo]
    mid = (lo + hi) // 2
    total, left = 0, a[mid - 1]
    for i in range(mid - 1, lo - 1, -1):
        total += a[i]
        if total > left:
            left = total
    total, right = 0, a[mid]
    for i in range(mid, hi):
        total += a[i]
        if total > right:
            right = total
    return max(best_in(a, lo, mid), best_in(a, mid, hi), left + right)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(best_in(list(map(int, data[1:1 + n])), 0, n))


main()
