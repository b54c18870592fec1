class Solution:
    def countRedundantConnections(self, n: int, edges: List[List[int]]) -> int:
        parent = list(range(n))
        redundant = 0
        for u, v in edges:
            while parent[u] != u:
                u = parent[u]
            while parent[v] != v:
                v = parent[v]
            if u == v:
                redundant += 1
            else:
                parent[u] = v  # no balancing and no compression: trees may grow as deep as n
        return redundant
