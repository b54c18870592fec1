class Solution:
    def countRedundantConnections(self, n: int, edges: List[List[int]]) -> int:
        parent = list(range(n))
        size = [1] * n
        redundant = 0
        for u, v in edges:
            while parent[u] != u:  # path halving: point every other node at its grandparent
                parent[u] = parent[parent[u]]
                u = parent[u]
            while parent[v] != v:
                parent[v] = parent[parent[v]]
                v = parent[v]
            if u == v:
                redundant += 1
            elif size[u] < size[v]:
                parent[u] = v
                size[v] += size[u]
            else:
                parent[v] = u
                size[u] += size[v]
        return redundant
