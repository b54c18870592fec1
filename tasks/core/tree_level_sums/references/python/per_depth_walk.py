class Solution:
    def levelSums(self, root: Optional[TreeNode]) -> List[int]:
        # Measure the height, then for every depth walk down from the root again, stopping at that
        # depth. Level d costs a visit to every node above it: O(n * h) for height h.
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        def level_sum(node, depth):
            if node is None:
                return 0
            if depth == 0:
                return node.val
            return level_sum(node.left, depth - 1) + level_sum(node.right, depth - 1)

        return [level_sum(root, d) for d in range(height(root))]
