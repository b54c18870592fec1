class Solution:
    def levelSums(self, root: Optional[TreeNode]) -> List[int]:
        # Pre-order recursion carrying the depth: the first visit to a depth is always its leftmost
        # node, so the list grows by exactly one entry at a time. O(n).
        sums = []

        def visit(node, depth):
            if node is None:
                return
            if depth == len(sums):
                sums.append(node.val)
            else:
                sums[depth] += node.val
            visit(node.left, depth + 1)
            visit(node.right, depth + 1)

        visit(root, 0)
        return sums
