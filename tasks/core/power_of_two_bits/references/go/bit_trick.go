func countPowersOfTwo(nums []int64) int {
	// x & (x - 1) clears the lowest set bit; only a single-bit value becomes zero.
	count := 0
	for _, x := range nums {
		if x > 0 && x&(x-1) == 0 {
			count++
		}
	}
	return count
}
