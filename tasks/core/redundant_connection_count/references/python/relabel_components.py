class Solution:
    def countRedundantConnections(self, n: int, edges: List[List[int]]) -> int:
        label = list(range(n))  # component label of every node
        members = [[x] for x in range(n)]  # nodes per label
        redundant = 0
        for u, v in edges:
            a, b = label[u], label[v]
            if a == b:
                redundant += 1
                continue
            if len(members[a]) < len(members[b]):
                a, b = b, a
            for x in members[b]:  # relabel the smaller side: each node moves O(log n) times
                label[x] = a
            members[a].extend(members[b])
            members[b] = []
        return redundant
