func coinChange(coins []int, amount int) int {
	memo := map[int]int{}
	var fewest func(total int) int
	fewest = func(total int) int {
		if total == 0 {
			return 0
		}
		if known, ok := memo[total]; ok {
			return known
		}
		best := -1
		for _, coin := range coins {
			if coin > total {
				continue
			}
			if rest := fewest(total - coin); rest >= 0 && (best < 0 || rest+1 < best) {
				best = rest + 1
			}
		}
		memo[total] = best
		return best
	}
	return fewest(amount)
}
