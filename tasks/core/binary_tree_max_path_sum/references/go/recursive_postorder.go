func maxPathSum(root *TreeNode) int {
	best := root.Val
	var gain func(node *TreeNode) int
	gain = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		left, right := gain(node.Left), gain(node.Right)
		if through := node.Val + left + right; through > best {
			best = through
		}
		if right > left {
			left = right
		}
		if down := node.Val + left; down > 0 {
			return down
		}
		return 0
	}
	gain(root)
	return best
}
