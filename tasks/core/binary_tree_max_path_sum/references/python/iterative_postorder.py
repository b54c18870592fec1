class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val
        gains = []  # results of finished subtrees, in post-order
        stack = [(root, False)]
        while stack:
            node, expanded = stack.pop()
            if node is None:
                gains.append(0)
            elif not expanded:
                stack.append((node, True))
                stack.append((node.right, False))
                stack.append((node.left, False))
            else:
                right = gains.pop()
                left = gains.pop()
                best = max(best, node.val + left + right)
                gains.append(max(0, node.val + max(left, right)))
        return best
