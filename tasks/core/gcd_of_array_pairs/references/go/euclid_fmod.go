func gcdPairSum(nums []int64) int64 {
	// Euclid's algorithm on float64: values up to 10^12 fit the 53-bit mantissa exactly and
	// math.Mod's remainder is exact, but each remainder is a loop of scaled subtractions in
	// software instead of one integer division.
	gcd := func(a, b float64) int64 {
		for b != 0 {
			a, b = b, math.Mod(a, b)
		}
		return int64(a)
	}
	var total int64
	for i := 0; i+1 < len(nums); i++ {
		total += gcd(float64(nums[i]), float64(nums[i+1]))
	}
	return total
}
