func productExceptSelf(nums []int) []int {
	n := len(nums)
	answer := make([]int, n)
	running := 1
	for i := 0; i < n; i++ {
		answer[i] = running // product of everything left of i
		running *= nums[i]
	}
	running = 1
	for i := n - 1; i >= 0; i-- {
		answer[i] *= running // times the product of everything right of i
		running *= nums[i]
	}
	return answer
}
