class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        height = {None: 0}
        best = 0
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if children_done:
                lh, rh = height[node.left], height[node.right]
                best = max(best, lh + rh)
                height[node] = 1 + max(lh, rh)
            else:
                stack.append((node, True))
                if node.right:
                    stack.append((node.right, False))
                if node.left:
                    stack.append((node.left, False))
        return best
