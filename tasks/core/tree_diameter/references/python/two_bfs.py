from collections import deque


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # The tree as an undirected graph: a breadth-first search from any node ends at one end of
        # a longest path, a second search from there measures it. O(n), two extra graph passes.
        if root is None:
            return 0
        nodes, neighbours = [root], [[]]
        for i, node in enumerate(nodes):  # level order, linking each child with its parent
            for child in (node.left, node.right):
                if child:
                    neighbours[i].append(len(nodes))
                    neighbours.append([i])
                    nodes.append(child)

        def farthest(start):
            dist = [-1] * len(nodes)
            dist[start] = 0
            queue = deque([start])
            last = start
            while queue:
                last = queue.popleft()
                for v in neighbours[last]:
                    if dist[v] < 0:
                        dist[v] = dist[last] + 1
                        queue.append(v)
            return last, dist[last]

        end, _ = farthest(0)
        return farthest(end)[1]
