import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v, w = int(data[2 + 3 * k]), int(data[3 + 3 * k]), int(data[4 + 3 * k])
        adj[u].append((v, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    done = [False] * (n + 1)
    dist[1] = 0
    for _ in range(n):
        # The closest unsettled node, by scanning them all.
        u, best = -1, inf
        for v in range(1, n + 1):
            if not done[v] and dist[v] < best:
                u, best = v, dist[v]
        if u < 0:
            break  # the rest is unreachable
        done[u] = True
        for v, w in adj[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    sys.stdout.write(" ".join(str(d) if d < inf else "-1" for d in dist[1:]) + "\n")


main()
