func gcdPairSum(nums []int64) int64 {
	gcd := func(a, b int64) int64 {
		if a == 0 || b == 0 {
			return a | b
		}
		shift := 0
		for (a|b)&1 == 0 { // common factors of two, one at a time
			a >>= 1
			b >>= 1
			shift++
		}
		for a&1 == 0 {
			a >>= 1
		}
		for b != 0 {
			for b&1 == 0 {
				b >>= 1
			}
			if a > b {
				a, b = b, a
			}
			b -= a // both odd: the difference is even
		}
		return a << shift
	}
	var total int64
	for i := 0; i+1 < len(nums); i++ {
		total += gcd(nums[i], nums[i+1])
	}
	return total
}
