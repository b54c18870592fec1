func twoSum(nums []int, target int) []int {
	order := make([]int, len(nums))
	for k := range order {
		order[k] = k
	}
	sort.Slice(order, func(a, b int) bool { return nums[order[a]] < nums[order[b]] })
	lo, hi := 0, len(order)-1
	for lo < hi {
		total := nums[order[lo]] + nums[order[hi]]
		switch {
		case total == target:
			if order[lo] < order[hi] {
				return []int{order[lo], order[hi]}
			}
			return []int{order[hi], order[lo]}
		case total < target:
			lo++
		default:
			hi--
		}
	}
	return []int{}
}
