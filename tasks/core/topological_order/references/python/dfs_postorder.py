class Solution:
    def topologicalOrder(self, n: int, edges: List[List[int]]) -> List[int]:
        after = [[] for _ in range(n)]
        for u, v in edges:
            after[u].append(v)
        seen = [False] * n
        finished = []  # nodes in the order their searches finish: every successor finishes first
        for root in range(n):
            if seen[root]:
                continue
            seen[root] = True
            stack = [(root, iter(after[root]))]
            while stack:
                node, successors = stack[-1]
                for v in successors:
                    if not seen[v]:
                        seen[v] = True
                        stack.append((v, iter(after[v])))
                        break
                else:
                    stack.pop()
                    finished.append(node)
        finished.reverse()
        return finished
