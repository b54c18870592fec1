class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Level order puts every child after its parent, so walking the order backwards meets the
        # children's heights first: no recursion, no stack, heights in a list by position. O(n).
        if root is None:
            return 0
        nodes, kids = [root], []
        for node in nodes:
            left = right = -1
            if node.left:
                left = len(nodes)
                nodes.append(node.left)
            if node.right:
                right = len(nodes)
                nodes.append(node.right)
            kids.append((left, right))
        height = [0] * (len(nodes) + 1)  # height[-1] stays 0 for a missing child
        best = 0
        for i in range(len(nodes) - 1, -1, -1):
            left, right = kids[i]
            lh, rh = height[left], height[right]
            if lh + rh > best:
                best = lh + rh
            height[i] = 1 + (lh if lh > rh else rh)
        return best
