class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        order = [root]
        for node in order:  # breadth-first: children always come after their parent
            if node.left:
                order.append(node.left)
            if node.right:
                order.append(node.right)
        gain = {}
        best = root.val
        for node in reversed(order):
            left = gain.get(id(node.left), 0) if node.left else 0
            right = gain.get(id(node.right), 0) if node.right else 0
            best = max(best, node.val + left + right)
            gain[id(node)] = max(0, node.val + max(left, right))
        return best
