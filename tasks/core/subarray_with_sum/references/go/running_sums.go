func subarrayWithSum(nums []int, k int) []int {
	n := len(nums)
	for i := 0; i < n; i++ {
		total := 0
		for j := i; j < n; j++ {
			total += nums[j]
			if total == k {
				return []int{i, j}
			}
		}
	}
	return []int{}
}
