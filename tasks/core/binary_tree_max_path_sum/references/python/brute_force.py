class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        def gain(node):
            """Best downward path from node, recomputed from scratch on every call."""
            if node is None:
                return 0
            return max(0, node.val + max(gain(node.left), gain(node.right)))

        best = root.val
        stack = [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + gain(node.left) + gain(node.right))
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return best
