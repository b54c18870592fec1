class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val

        def gain(node):
            """Largest sum of a path that starts at `node` and goes down (0 if none helps)."""
            nonlocal best
            if node is None:
                return 0
            left = gain(node.left)
            right = gain(node.right)
            through = node.val + left + right
            if through > best:
                best = through
            down = node.val + (left if left > right else right)
            return down if down > 0 else 0

        gain(root)
        return best
