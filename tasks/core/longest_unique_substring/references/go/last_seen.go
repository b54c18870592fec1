func lengthOfLongestSubstring(s string) int {
	// last[c] is one past the last position of byte c, so the window start jumps straight there.
	var last [256]int
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if last[c] > start {
			start = last[c]
		}
		last[c] = i + 1
		if i+1-start > best {
			best = i + 1 - start
		}
	}
	return best
}
