func wordBreakCount(s string, wordDict []string) int {
	const mod = 1_000_000_007
	words := make(map[string]bool, len(wordDict))
	for _, w := range wordDict {
		words[w] = true
	}
	n := len(s)
	ways := make([]int, n+1) // ways[j]: segmentations of s[:j]
	ways[0] = 1
	for j := 1; j <= n; j++ {
		total := 0
		for i := 0; i < j; i++ {
			if ways[i] != 0 && words[s[i:j]] {
				total += ways[i]
			}
		}
		ways[j] = total % mod
	}
	return ways[n]
}
