import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v, w = int(data[2 + 3 * k]), int(data[3 + 3 * k]), int(data[4 + 3 * k])
        adj[u].append((v, w))
    dist = [-1] * (n + 1)
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        if dist[u] >= 0:
            continue  # already settled with a smaller distance: a stale entry
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] < 0:
                heappush(heap, (d + w, v))
    sys.stdout.write(" ".join(map(str, dist[1:])) + "\n")


main()
