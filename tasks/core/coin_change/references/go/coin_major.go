func coinChange(coins []int, amount int) int {
	unreachable := amount + 1
	best := make([]int, amount+1)
	for t := 1; t <= amount; t++ {
		best[t] = unreachable
	}
	for _, coin := range coins {
		for t := coin; t <= amount; t++ {
			if best[t-coin]+1 < best[t] {
				best[t] = best[t-coin] + 1
			}
		}
	}
	if best[amount] == unreachable {
		return -1
	}
	return best[amount]
}
