import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v, w = int(data[2 + 3 * k]), int(data[3 + 3 * k]), int(data[4 + 3 * k])
        adj[u].append((v, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    queued = [False] * (n + 1)
    dist[1] = 0
    queue = deque([1])
    queued[1] = True
    # Only a node whose distance dropped can improve its neighbours: relax its edges from a queue.
    while queue:
        u = queue.popleft()
        queued[u] = False
        du = dist[u]
        for v, w in adj[u]:
            if du + w < dist[v]:
                dist[v] = du + w
                if not queued[v]:
                    queued[v] = True
                    queue.append(v)
    sys.stdout.write(" ".join(str(d) if d < inf else "-1" for d in dist[1:]) + "\n")


main()
