class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        memo = {}

        def gain(node):
            if node is None:
                return 0
            if node in memo:
                return memo[node]
            result = max(0, node.val + max(gain(node.left), gain(node.right)))
            memo[node] = result
            return result

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
