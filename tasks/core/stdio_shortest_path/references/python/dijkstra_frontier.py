import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v, w = int(data[2 + 3 * k]), int(data[3 + 3 * k]), int(data[4 + 3 * k])
        adj[u].append((v, w))
    dist = [-1] * (n + 1)
    frontier = {1: 0}  # reached but unsettled nodes -> tentative distance
    while frontier:
        u = min(frontier, key=frontier.__getitem__)
        d = frontier.pop(u)
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] < 0 and (v not in frontier or d + w < frontier[v]):
                frontier[v] = d + w
    sys.stdout.write(" ".join(map(str, dist[1:])) + "\n")


main()
