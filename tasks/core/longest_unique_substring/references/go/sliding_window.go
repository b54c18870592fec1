func lengthOfLongestSubstring(s string) int {
	// The window [left, right] holds no repeat; a repeat moves left past the earlier copy.
	var inside [256]bool // the window's characters
	best, left := 0, 0
	for right := 0; right < len(s); right++ {
		for inside[s[right]] {
			inside[s[left]] = false
			left++
		}
		inside[s[right]] = true
		if right-left+1 > best {
			best = right - left + 1
		}
	}
	return best
}
