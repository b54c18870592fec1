func trap(height []int) int {
	// Scan both sides for the tallest wall, every time.
	n := len(height)
	total := 0
	for i := 0; i < n; i++ {
		left, right := 0, 0
		for j := 0; j <= i; j++ {
			if height[j] > left {
				left = height[j]
			}
		}
		for j := i; j < n; j++ {
			if height[j] > right {
				right = height[j]
			}
		}
		if left < right {
			total += left - height[i]
		} else {
			total += right - height[i]
		}
	}
	return total
}
