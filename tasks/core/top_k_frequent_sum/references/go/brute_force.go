func topKFrequentSum(nums []int, k int) int64 {
	// No counting table: at the first occurrence of each value, count it by rescanning the array.
	var values, counts []int
	for i, v := range nums {
		seen := false
		for j := 0; j < i && !seen; j++ {
			seen = nums[j] == v
		}
		if seen {
			continue
		}
		c := 0
		for j := i; j < len(nums); j++ {
			if nums[j] == v {
				c++
			}
		}
		values = append(values, v)
		counts = append(counts, c)
	}
	var total int64
	for round := 0; round < k; round++ {
		// One pass over the values left to pick the most frequent (the larger one on a tie).
		best := 0
		for i := 1; i < len(values); i++ {
			if counts[i] > counts[best] || (counts[i] == counts[best] && values[i] > values[best]) {
				best = i
			}
		}
		total += int64(values[best])
		last := len(values) - 1
		values[best], counts[best] = values[last], counts[last]
		values, counts = values[:last], counts[:last]
	}
	return total
}
