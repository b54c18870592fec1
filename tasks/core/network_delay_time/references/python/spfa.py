from collections import deque


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Queue-based Bellman-Ford: only nodes whose distance just dropped relax their edges again.
        inf = float("inf")
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = [inf] * (n + 1)
        dist[k] = 0
        queued = [False] * (n + 1)
        queued[k] = True
        queue = deque([k])
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
        worst = max(dist[1:])
        return -1 if worst == inf else worst
