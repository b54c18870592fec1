func maxSlidingWindow(nums []int, k int) []int {
	// A slice used as a deque of indices whose values decrease from front to back.
	window := make([]int, 0, len(nums))
	head := 0
	out := make([]int, 0, len(nums)-k+1)
	for i, v := range nums {
		for len(window) > head && nums[window[len(window)-1]] <= v {
			window = window[:len(window)-1]
		}
		window = append(window, i)
		if window[head] <= i-k {
			head++
		}
		if i >= k-1 {
			out = append(out, nums[window[head]])
		}
	}
	return out
}
