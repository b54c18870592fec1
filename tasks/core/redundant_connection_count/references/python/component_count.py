class Solution:
    def countRedundantConnections(self, n: int, edges: List[List[int]]) -> int:
        # Whatever the order, the non-redundant cables form a spanning forest: n - components cables.
        neighbours = [[] for _ in range(n)]
        for u, v in edges:
            neighbours[u].append(v)
            neighbours[v].append(u)
        seen = [False] * n
        components = 0
        for start in range(n):
            if seen[start]:
                continue
            components += 1
            seen[start] = True
            frontier = [start]
            while frontier:
                node = frontier.pop()
                for other in neighbours[node]:
                    if not seen[other]:
                        seen[other] = True
                        frontier.append(other)
        return len(edges) - (n - components)
