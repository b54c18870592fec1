func treeHeight(node *TreeNode) int {
	if node == nil {
		return 0
	}
	lh, rh := treeHeight(node.Left), treeHeight(node.Right)
	if lh > rh {
		return 1 + lh
	}
	return 1 + rh
}

func levelSum(node *TreeNode, depth int) int64 {
	if node == nil {
		return 0
	}
	if depth == 0 {
		return int64(node.Val)
	}
	return levelSum(node.Left, depth-1) + levelSum(node.Right, depth-1)
}

// For every depth, walk down from the root again and stop there: O(n * h).
func levelSums(root *TreeNode) []int64 {
	h := treeHeight(root)
	sums := make([]int64, h)
	for d := 0; d < h; d++ {
		sums[d] = levelSum(root, d)
	}
	return sums
}
