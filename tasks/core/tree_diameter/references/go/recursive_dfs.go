// One post-order recursion returning heights: O(n).
func diameterOfBinaryTree(root *TreeNode) int {
	best := 0
	var height func(node *TreeNode) int
	height = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		lh, rh := height(node.Left), height(node.Right)
		if lh+rh > best {
			best = lh + rh
		}
		if lh > rh {
			return 1 + lh
		}
		return 1 + rh
	}
	height(root)
	return best
}
