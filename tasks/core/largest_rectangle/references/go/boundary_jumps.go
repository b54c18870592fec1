func largestRectangleArea(heights []int) int {
	// left[i] / right[i]: nearest lower bar on each side, found by jumping along earlier answers.
	n := len(heights)
	left := make([]int, n)
	right := make([]int, n)
	for i := 0; i < n; i++ {
		j := i - 1
		for j >= 0 && heights[j] >= heights[i] {
			j = left[j]
		}
		left[i] = j
	}
	for i := n - 1; i >= 0; i-- {
		j := i + 1
		for j < n && heights[j] >= heights[i] {
			j = right[j]
		}
		right[i] = j
	}
	best := 0
	for i, h := range heights {
		if area := h * (right[i] - left[i] - 1); area > best {
			best = area
		}
	}
	return best
}
