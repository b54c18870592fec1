// Smallest tail per length, binary search per element (sort.SearchInts). O(n log n).
func lengthOfLIS(nums []int) int {
	tails := make([]int, 0, len(nums))
	for _, x := range nums {
		i := sort.SearchInts(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	return len(tails)
}
