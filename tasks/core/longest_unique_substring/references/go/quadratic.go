func lengthOfLongestSubstring(s string) int {
	// From every start, extend until a character repeats.
	best := 0
	for i := 0; i < len(s); i++ {
		var seen [256]bool
		j := i
		for j < len(s) && !seen[s[j]] {
			seen[s[j]] = true
			j++
		}
		if j-i > best {
			best = j - i
		}
	}
	return best
}
