func minWindowLength(s string, t string) int {
	var need [128]int
	for i := 0; i < len(t); i++ {
		need[t[i]]++
	}
	best := 0
	for i := 0; i < len(s); i++ {
		var have [128]int
		missing := len(t)
		for j := i; j < len(s); j++ {
			ch := s[j]
			have[ch]++
			if have[ch] <= need[ch] {
				missing--
				if missing == 0 {
					if best == 0 || j-i+1 < best {
						best = j - i + 1
					}
					break
				}
			}
		}
	}
	return best
}
