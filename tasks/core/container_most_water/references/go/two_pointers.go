func maxArea(height []int) int {
	left, right, best := 0, len(height)-1, 0
	for left < right {
		var area int
		if height[left] < height[right] {
			area = height[left] * (right - left)
			left++
		} else {
			area = height[right] * (right - left)
			right--
		}
		if area > best {
			best = area
		}
	}
	return best
}
