class Solution:
    def shortestPath(self, n: int, edges: List[List[int]], source: int, target: int) -> List[int]:
        neighbours = [[] for _ in range(n)]
        for u, v in edges:
            neighbours[u].append(v)
            neighbours[v].append(u)
        parent = [-1] * n
        parent[source] = source
        frontier = [source]  # one breadth-first layer at a time
        while frontier and parent[target] < 0:
            following = []
            for u in frontier:
                for v in neighbours[u]:
                    if parent[v] < 0:
                        parent[v] = u
                        following.append(v)
            frontier = following
        if parent[target] < 0:
            return []
        path = [target]
        while path[-1] != source:
            path.append(parent[path[-1]])
        path.reverse()
        return path
