func countPowersOfTwo(nums []int64) int {
	count := 0
	for _, x := range nums {
		power := int64(1)
		for e := 0; e < 63; e++ {
			if x == power {
				count++
				break
			}
			power *= 2
		}
	}
	return count
}
