import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = map(int, data[1:1 + n])
    best = current = next(values)
    for x in values:
        # The best subarray ending here either extends the one ending one step earlier or starts anew.
        current = current + x if current > 0 else x
        if current > best:
            best = current
    print(best)


main()
