func gcdPairSum(nums []int64) int64 {
	var total int64
	for i := 0; i+1 < len(nums); i++ {
		a, b := nums[i], nums[i+1]
		for b != 0 {
			a, b = b, a%b
		}
		total += a
	}
	return total
}
