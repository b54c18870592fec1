class Solution:
    def levelSums(self, root: Optional[TreeNode]) -> List[int]:
        # An explicit stack of (node, depth) pairs instead of recursion; sums kept by depth in a
        # dictionary because the stack reaches depths out of order. O(n).
        by_depth = {}
        stack = [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            by_depth[depth] = by_depth.get(depth, 0) + node.val
            if node.right:
                stack.append((node.right, depth + 1))
            if node.left:
                stack.append((node.left, depth + 1))
        return [by_depth[d] for d in range(len(by_depth))]
