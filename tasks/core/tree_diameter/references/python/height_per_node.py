class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            best = max(best, self._height(node.left) + self._height(node.right))
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return best

    def _height(self, node):
        """Number of nodes on the longest downward path from `node`."""
        if node is None:
            return 0
        return 1 + max(self._height(node.left), self._height(node.right))
