func minDistance(word1 string, word2 string) int {
	m, n := len(word1), len(word2)
	memo := map[int]int{}
	var distance func(i, j int) int
	distance = func(i, j int) int {
		if i == m {
			return n - j
		}
		if j == n {
			return m - i
		}
		key := i*(n+1) + j
		if known, ok := memo[key]; ok {
			return known
		}
		var result int
		if word1[i] == word2[j] {
			result = distance(i+1, j+1)
		} else {
			result = distance(i+1, j+1)
			if d := distance(i+1, j); d < result {
				result = d
			}
			if d := distance(i, j+1); d < result {
				result = d
			}
			result++
		}
		memo[key] = result
		return result
	}
	return distance(0, 0)
}
