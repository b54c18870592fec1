func topKFrequentSum(nums []int, k int) int64 {
	counts := map[int]int{}
	for _, v := range nums {
		counts[v]++
	}
	values := make([]int, 0, len(counts))
	freq := make([]int, 0, len(counts))
	for v, c := range counts {
		values = append(values, v)
		freq = append(freq, c)
	}
	var total int64
	for round := 0; round < k; round++ {
		// One pass over the values left to pick the most frequent (the larger one on a tie).
		best := 0
		for i := 1; i < len(values); i++ {
			if freq[i] > freq[best] || (freq[i] == freq[best] && values[i] > values[best]) {
				best = i
			}
		}
		total += int64(values[best])
		last := len(values) - 1
		values[best], freq[best] = values[last], freq[last]
		values, freq = values[:last], freq[:last]
	}
	return total
}
