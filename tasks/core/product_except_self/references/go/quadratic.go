func productExceptSelf(nums []int) []int {
	n := len(nums)
	answer := make([]int, n)
	for i := 0; i < n; i++ {
		product := 1
		for j := 0; j < n; j++ {
			if j != i {
				product *= nums[j]
			}
		}
		answer[i] = product
	}
	return answer
}
