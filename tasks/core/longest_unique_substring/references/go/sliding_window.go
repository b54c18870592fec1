func lengthOfLongestSubstring(s string) int {
	// The window [left, right] holds no repeat; a repeat moves left past the earlier copy.
	window := map[byte]bool{}
	best, left := 0, 0
	for right := 0; right < len(s); right++ {
		for window[s[right]] {
			delete(window, s[left])
			left++
		}
		window[s[right]] = true
		if right-left+1 > best {
			best = right - left + 1
		}
	}
	return best
}
