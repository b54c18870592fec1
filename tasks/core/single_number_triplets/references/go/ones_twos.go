func singleNumber(nums []int) int {
	// per bit, (twos, ones) counts how often it was set, modulo 3: 00 -> 01 -> 10 -> 00;
	// Go's int is 64 bits and the inputs are sign-extended, so the sign comes out right
	ones, twos := 0, 0
	for _, x := range nums {
		ones = (ones ^ x) &^ twos
		twos = (twos ^ x) &^ ones
	}
	return ones
}
