func maxSlidingWindow(nums []int, k int) []int {
	out := make([]int, 0, len(nums)-k+1)
	for start := 0; start+k <= len(nums); start++ {
		best := nums[start]
		for _, v := range nums[start+1 : start+k] {
			if v > best {
				best = v
			}
		}
		out = append(out, best)
	}
	return out
}
