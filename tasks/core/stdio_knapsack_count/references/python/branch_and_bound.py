import sys


def main():
    # Depth-first branch and bound: items sorted by value per weight, the "take" branch explored
    # first, and a branch cut when even the fractional (linear relaxation) bound of the remaining
    # items cannot beat the best found. Exact on every input, exponential in the worst case.
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
    items = [item for item in items if item[0] <= capacity]
    items.sort(key=lambda item: item[1] / item[0], reverse=True)
    weights = [w for w, _ in items]
    values = [v for _, v in items]
    count = len(items)
    best = 0

    def bound(i, room, value):
        # Greedy fill of the remaining items, the first one that does not fit taken fractionally.
        while i < count and weights[i] <= room:
            room -= weights[i]
            value += values[i]
            i += 1
        if i < count:
            return value + room * values[i] / weights[i]
        return value

    stack = [(0, capacity, 0)]
    while stack:
        i, room, value = stack.pop()
        if value > best:
            best = value
        if i == count or bound(i, room, value) <= best:
            continue
        stack.append((i + 1, room, value))
        if weights[i] <= room:
            stack.append((i + 1, room - weights[i], value + values[i]))
    print(best)


main()
