class Solution:
    def topologicalOrder(self, n: int, edges: List[List[int]]) -> List[int]:
        after = [[] for _ in range(n)]
        missing = [0] * n  # predecessors not yet placed, per node
        for u, v in edges:
            after[u].append(v)
            missing[v] += 1
        ready = [m == 0 for m in missing]  # unplaced and waiting for nothing
        order = []
        for _ in range(n):
            u = ready.index(True)  # rescan from 0 for the first ready node, inside list.index
            ready[u] = False
            order.append(u)
            for v in after[u]:
                missing[v] -= 1
                if missing[v] == 0:
                    ready[v] = True
        return order
