func merge(intervals [][]int) [][]int {
	order := make([][]int, len(intervals))
	copy(order, intervals)
	sort.Slice(order, func(i, j int) bool { return order[i][0] < order[j][0] })
	merged := [][]int{}
	for _, iv := range order {
		if n := len(merged); n > 0 && iv[0] <= merged[n-1][1] {
			if iv[1] > merged[n-1][1] {
				merged[n-1][1] = iv[1]
			}
		} else {
			merged = append(merged, []int{iv[0], iv[1]})
		}
	}
	return merged
}
