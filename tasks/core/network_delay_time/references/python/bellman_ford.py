class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Relax every edge, round after round, until a round changes nothing (at most n - 1 rounds).
        inf = float("inf")
        dist = [inf] * (n + 1)
        dist[k] = 0
        for _ in range(n - 1):
            changed = False
            for u, v, w in times:
                d = dist[u] + w
                if d < dist[v]:
                    dist[v] = d
                    changed = True
            if not changed:
                break
        worst = max(dist[1:])
        return -1 if worst == inf else worst
