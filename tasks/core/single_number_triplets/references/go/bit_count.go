func singleNumber(nums []int) int {
	var result uint32
	for bit := 0; bit < 32; bit++ {
		ones := 0
		for _, x := range nums {
			ones += int(uint32(int32(x))>>bit) & 1
		}
		if ones%3 != 0 {
			result |= 1 << bit
		}
	}
	return int(int32(result))
}
