class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        inf = float("inf")
        dist = [[inf] * (n + 1) for _ in range(n + 1)]
        for i in range(1, n + 1):
            dist[i][i] = 0
        for u, v, w in times:
            dist[u][v] = min(dist[u][v], w)
        for m in range(1, n + 1):
            via = dist[m]
            for i in range(1, n + 1):
                row = dist[i]
                d_im = row[m]
                if d_im == inf:
                    continue
                for j in range(1, n + 1):
                    if d_im + via[j] < row[j]:
                        row[j] = d_im + via[j]
        worst = max(dist[k][1:])
        return -1 if worst == inf else worst
