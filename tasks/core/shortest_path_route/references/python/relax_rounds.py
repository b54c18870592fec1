class Solution:
    def shortestPath(self, n: int, edges: List[List[int]], source: int, target: int) -> List[int]:
        unreached = n  # longer than any path
        dist = [unreached] * n
        parent = [-1] * n
        dist[source] = 0
        changed = True
        while changed:  # Bellman-Ford: relax every edge, both ways, until a round changes nothing
            changed = False
            for u, v in edges:
                if dist[u] + 1 < dist[v]:
                    dist[v] = dist[u] + 1
                    parent[v] = u
                    changed = True
                elif dist[v] + 1 < dist[u]:
                    dist[u] = dist[v] + 1
                    parent[u] = v
                    changed = True
        if dist[target] == unreached:
            return []
        path = [target]
        while path[-1] != source:
            path.append(parent[path[-1]])
        path.reverse()
        return path
