func connectSticks(sticks []int) int64 {
	// Joined sticks come out in non-decreasing order, so a FIFO keeps them sorted and the two shortest
	// sticks are always at the heads of the sorted input and of the joined queue.
	original := append([]int(nil), sticks...)
	sort.Ints(original)
	joined := make([]int, 0, len(sticks))
	i, head := 0, 0
	shortest := func() int {
		if head == len(joined) || (i < len(original) && original[i] <= joined[head]) {
			i++
			return original[i-1]
		}
		head++
		return joined[head-1]
	}
	var total int64
	for k := 1; k < len(sticks); k++ {
		length := shortest() + shortest()
		joined = append(joined, length)
		total += int64(length)
	}
	return total
}
