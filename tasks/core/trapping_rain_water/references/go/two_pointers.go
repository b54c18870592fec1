func trap(height []int) int {
	// The lower side's tallest wall bounds the water there, whatever lies beyond the other pointer.
	lo, hi := 0, len(height)-1
	leftMax, rightMax, total := 0, 0, 0
	for lo < hi {
		if height[lo] < height[hi] {
			if height[lo] > leftMax {
				leftMax = height[lo]
			}
			total += leftMax - height[lo]
			lo++
		} else {
			if height[hi] > rightMax {
				rightMax = height[hi]
			}
			total += rightMax - height[hi]
			hi--
		}
	}
	return total
}
