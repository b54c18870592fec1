func merge(intervals [][]int) [][]int {
	merged := [][]int{}
	for _, iv := range intervals {
		s, e := iv[0], iv[1]
		kept := make([][]int, 0, len(merged)+1)
		for _, other := range merged {
			if other[1] < s || other[0] > e {
				kept = append(kept, other)
			} else {
				if other[0] < s {
					s = other[0]
				}
				if other[1] > e {
					e = other[1]
				}
			}
		}
		merged = append(kept, []int{s, e})
	}
	sort.Slice(merged, func(i, j int) bool { return merged[i][0] < merged[j][0] })
	return merged
}
