func longestPalindromicSubstring(s string) int {
	n, best := len(s), 0
	for i := 0; i < n; i++ {
		for j := i + best; j < n; j++ {
			// s[i..j] is longer than the best so far: check it from both ends.
			lo, hi := i, j
			for lo < hi && s[lo] == s[hi] {
				lo++
				hi--
			}
			if lo >= hi {
				best = j - i + 1
			}
		}
	}
	return best
}
