class Solution:
    def countRedundantConnections(self, n: int, edges: List[List[int]]) -> int:
        parent = list(range(n))

        def find(x: int) -> int:
            if parent[x] != x:
                parent[x] = find(parent[x])  # full path compression
            return parent[x]

        redundant = 0
        for u, v in edges:
            ru, rv = find(u), find(v)
            if ru == rv:
                redundant += 1
            else:
                parent[ru] = rv
        return redundant
