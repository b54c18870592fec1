func height(node *TreeNode) int {
	if node == nil {
		return 0
	}
	lh, rh := height(node.Left), height(node.Right)
	if lh > rh {
		return 1 + lh
	}
	return 1 + rh
}

// A fresh height computation below every node: O(n * h).
func diameterOfBinaryTree(root *TreeNode) int {
	best := 0
	stack := []*TreeNode{}
	if root != nil {
		stack = append(stack, root)
	}
	for len(stack) > 0 {
		node := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if through := height(node.Left) + height(node.Right); through > best {
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
