func minWindowLength(s string, t string) int {
	var balance [128]int // needed minus held, per letter code
	for i := 0; i < len(t); i++ {
		balance[t[i]]++
	}
	missing, best, left := len(t), 0, 0
	for right := 0; right < len(s); right++ {
		if balance[s[right]] > 0 {
			missing--
		}
		balance[s[right]]--
		for missing == 0 {
			if best == 0 || right-left+1 < best {
				best = right - left + 1
			}
			balance[s[left]]++
			if balance[s[left]] > 0 {
				missing++
			}
			left++
		}
	}
	return best
}
