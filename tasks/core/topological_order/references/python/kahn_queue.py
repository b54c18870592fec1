from collections import deque


class Solution:
    def topologicalOrder(self, n: int, edges: List[List[int]]) -> List[int]:
        after = [[] for _ in range(n)]
        missing = [0] * n  # predecessors not yet placed, per node
        for u, v in edges:
            after[u].append(v)
            missing[v] += 1
        ready = deque(v for v in range(n) if missing[v] == 0)
        order = []
        while ready:
            u = ready.popleft()
            order.append(u)
            for v in after[u]:
                missing[v] -= 1
                if missing[v] == 0:
                    ready.append(v)
        return order
