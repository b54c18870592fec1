func largestRectangleArea(heights []int) int {
	// Every start, extended to the right with a running minimum.
	best := 0
	for i := range heights {
		low := heights[i]
		for j := i; j < len(heights); j++ {
			if heights[j] < low {
				low = heights[j]
			}
			if area := low * (j - i + 1); area > best {
				best = area
			}
		}
	}
	return best
}
