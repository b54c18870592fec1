func subarrayWithSum(nums []int, k int) []int {
	first := make(map[int]int, len(nums)+1) // prefix sum -> last index of the first prefix reaching it
	first[0] = -1                           // the empty prefix
	prefix := 0
	for j, x := range nums {
		prefix += x
		if i, ok := first[prefix-k]; ok {
			return []int{i + 1, j}
		}
		if _, ok := first[prefix]; !ok {
			first[prefix] = j
		}
	}
	return []int{}
}
