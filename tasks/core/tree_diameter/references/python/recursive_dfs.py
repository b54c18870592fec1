class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0

        def height(node):
            nonlocal best
            if node is None:
                return 0
            lh = height(node.left)
            rh = height(node.right)
            if lh + rh > best:
                best = lh + rh
            return 1 + (lh if lh > rh else rh)

        height(root)
        return best
