import sys


def main():
    # Prefix sums built and queried with explicit loops: O(n + q), a larger constant than
    # itertools.accumulate and a list comprehension.
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    prefix = [0] * (n + 1)
    running = 0
    for i in range(n):
        running += int(data[2 + i])
        prefix[i + 1] = running
    pos = 2 + n
    for _ in range(q):
        left, right = int(data[pos]), int(data[pos + 1])
        pos += 2
        sys.stdout.write(f"{prefix[right] - prefix[left - 1]}\n")


main()
