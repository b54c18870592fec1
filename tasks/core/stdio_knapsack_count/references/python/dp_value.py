import sys


def main():
    # DP over total value instead of capacity: lightest[t] = least weight reaching value exactly t.
    # The answer is the largest t whose lightest weight fits. O(n * V) time for V = sum of values,
    # so it wins when values are small and the capacity is large.
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
    total = sum(v for _, v in items)
    infinity = capacity + 1
    lightest = [infinity] * (total + 1)
    lightest[0] = 0
    reached = 0
    for w, v in items:
        reached += v
        for t in range(reached, v - 1, -1):
            candidate = lightest[t - v] + w
            if candidate < lightest[t]:
                lightest[t] = candidate
    print(max(t for t in range(total + 1) if lightest[t] <= capacity))


main()
