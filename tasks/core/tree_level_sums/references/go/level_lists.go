// The current and the next level in two reused slices; a level's sum is taken while building the
// next. O(n).
func levelSums(root *TreeNode) []int64 {
	sums := []int64{}
	var level, next []*TreeNode
	if root != nil {
		level = append(level, root)
	}
	for len(level) > 0 {
		var total int64
		next = next[:0]
		for _, node := range level {
			total += int64(node.Val)
			if node.Left != nil {
				next = append(next, node.Left)
			}
			if node.Right != nil {
				next = append(next, node.Right)
			}
		}
		sums = append(sums, total)
		level, next = next, level
	}
	return sums
}
