func largestRectangleArea(heights []int) int {
	// The stack holds indices of bars with increasing heights; a lower bar closes every taller bar on it.
	n := len(heights)
	stack := make([]int, 0, n+1)
	best := 0
	for i := 0; i <= n; i++ {
		h := 0 // the trailing zero flushes the stack
		if i < n {
			h = heights[i]
		}
		for len(stack) > 0 && heights[stack[len(stack)-1]] >= h {
			height := heights[stack[len(stack)-1]]
			stack = stack[:len(stack)-1]
			left := -1
			if len(stack) > 0 {
				left = stack[len(stack)-1]
			}
			if area := height * (i - left - 1); area > best {
				best = area
			}
		}
		stack = append(stack, i)
	}
	return best
}
