func minDistance(word1 string, word2 string) int {
	if len(word1) < len(word2) {
		word1, word2 = word2, word1 // rows as short as possible
	}
	n := len(word2)
	previous, current := make([]int, n+1), make([]int, n+1)
	for j := range previous {
		previous[j] = j
	}
	for i := 1; i <= len(word1); i++ {
		current[0] = i
		for j := 1; j <= n; j++ {
			if word1[i-1] == word2[j-1] {
				current[j] = previous[j-1]
			} else {
				best := previous[j-1]
				if previous[j] < best {
					best = previous[j]
				}
				if current[j-1] < best {
					best = current[j-1]
				}
				current[j] = best + 1
			}
		}
		previous, current = current, previous
	}
	return previous[n]
}
