class Solution:
    def topologicalOrder(self, n: int, edges: List[List[int]]) -> List[int]:
        after = [[] for _ in range(n)]
        missing = [0] * n  # predecessors not yet placed, per node
        for u, v in edges:
            after[u].append(v)
            missing[v] += 1
        placed = [False] * n
        order = []
        for _ in range(n):
            u = 0
            while placed[u] or missing[u]:  # rescan from 0 for the first node that is ready
                u += 1
            placed[u] = True
            order.append(u)
            for v in after[u]:
                missing[v] -= 1
        return order
