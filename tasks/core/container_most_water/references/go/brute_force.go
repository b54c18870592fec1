func maxArea(height []int) int {
	best := 0
	for i := 0; i < len(height); i++ {
		for j := i + 1; j < len(height); j++ {
			low := height[i]
			if height[j] < low {
				low = height[j]
			}
			if low*(j-i) > best {
				best = low * (j - i)
			}
		}
	}
	return best
}
