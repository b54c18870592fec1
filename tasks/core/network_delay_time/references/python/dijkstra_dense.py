class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        inf = float("inf")
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = [inf] * (n + 1)
        dist[k] = 0
        done = [False] * (n + 1)
        for _ in range(n):
            best, node = inf, -1
            for v in range(1, n + 1):
                if not done[v] and dist[v] < best:
                    best, node = dist[v], v
            if node == -1:
                return -1
            done[node] = True
            for v, w in adj[node]:
                if best + w < dist[v]:
                    dist[v] = best + w
        return max(dist[1:])
