from collections import deque


class Solution:
    def levelSums(self, root: Optional[TreeNode]) -> List[int]:
        # One FIFO queue for the whole walk; the queue's length at the start of a level is the
        # number of nodes on it. O(n).
        if root is None:
            return []
        sums = []
        queue = deque([root])
        while queue:
            total = 0
            for _ in range(len(queue)):
                node = queue.popleft()
                total += node.val
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            sums.append(total)
        return sums
