class Solution:
    def shortestPath(self, n: int, edges: List[List[int]], source: int, target: int) -> List[int]:
        neighbours = [[] for _ in range(n)]
        for u, v in edges:
            neighbours[u].append(v)
            neighbours[v].append(u)
        unreached = n  # longer than any path
        dist = [unreached] * n
        parent = [-1] * n
        dist[source] = 0
        layer = 0
        while dist[target] == unreached:
            u, grew = -1, False
            while True:  # rescan the whole distance list for the nodes of this layer, inside list.index
                try:
                    u = dist.index(layer, u + 1)
                except ValueError:
                    break
                for v in neighbours[u]:
                    if dist[v] == unreached:
                        dist[v] = layer + 1
                        parent[v] = u
                        grew = True
            if not grew:
                break
            layer += 1
        if dist[target] == unreached:
            return []
        path = [target]
        while path[-1] != source:
            path.append(parent[path[-1]])
        path.reverse()
        return path
