func maxPathSum(root *TreeNode) int {
	// best downward path from node, recomputed from scratch on every call
	var gain func(node *TreeNode) int
	gain = func(node *TreeNode) int {
		if node == nil {
			return 0
		}
		left, right := gain(node.Left), gain(node.Right)
		if right > left {
			left = right
		}
		if down := node.Val + left; down > 0 {
			return down
		}
		return 0
	}
	best := root.Val
	stack := []*TreeNode{root}
	for len(stack) > 0 {
		node := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if through := node.Val + gain(node.Left) + gain(node.Right); through > best {
			best = through
		}
		if node.Left != nil {
			stack = append(stack, node.Left)
		}
		if node.Right != nil {
			stack = append(stack, node.Right)
		}
	}
	return best
}
