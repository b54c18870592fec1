import sys


def main():
    # Reachable (weight, value) pairs kept in a dictionary, then pruned to the Pareto frontier: a pair
    # is dropped when a lighter-or-equal pair has at least its value. O(n * F log F) time for a
    # frontier of F pairs (F <= W + 1, often far fewer).
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    frontier = {0: 0}
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        grown = dict(frontier)
        for weight, value in frontier.items():
            heavier = weight + w
            if heavier <= capacity and grown.get(heavier, -1) < value + v:
                grown[heavier] = value + v
        frontier = {}
        best = -1
        for weight in sorted(grown):
            if grown[weight] > best:
                best = grown[weight]
                frontier[weight] = best
    print(max(frontier.values()))


main()
