func connectSticks(sticks []int) int64 {
	// Each join scans the remaining sticks for the two shortest.
	pile := append([]int(nil), sticks...)
	takeShortest := func() int {
		best := 0
		for k := 1; k < len(pile); k++ {
			if pile[k] < pile[best] {
				best = k
			}
		}
		v := pile[best]
		pile = append(pile[:best], pile[best+1:]...)
		return v
	}
	var total int64
	for len(pile) > 1 {
		joined := takeShortest() + takeShortest()
		total += int64(joined)
		pile = append(pile, joined)
	}
	return total
}
