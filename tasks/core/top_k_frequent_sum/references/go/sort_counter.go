func topKFrequentSum(nums []int, k int) int64 {
	counts := make(map[int]int, len(nums))
	for _, v := range nums {
		counts[v]++
	}
	type entry struct{ value, count int }
	ranked := make([]entry, 0, len(counts))
	for v, c := range counts {
		ranked = append(ranked, entry{v, c})
	}
	// Higher count first, then the larger value.
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].count != ranked[j].count {
			return ranked[i].count > ranked[j].count
		}
		return ranked[i].value > ranked[j].value
	})
	var total int64
	for _, e := range ranked[:k] {
		total += int64(e.value)
	}
	return total
}
