class Solution:
    def levelSums(self, root: Optional[TreeNode]) -> List[int]:
        # Each level is a list built from the one above it, so summing a level is one `sum` over
        # a generator and no queue bookkeeping is needed. O(n).
        sums = []
        level = [root] if root else []
        while level:
            sums.append(sum(node.val for node in level))
            level = [child for node in level for child in (node.left, node.right) if child]
        return sums
