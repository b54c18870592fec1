func wordBreakCount(s string, wordDict []string) int {
	const mod = 1_000_000_007
	// Trie in flat slices: next[node][letter], 0 meaning no child (the root is never a child).
	next := [][26]int32{{}}
	ends := []bool{false}
	for _, w := range wordDict {
		node := int32(0)
		for k := 0; k < len(w); k++ {
			letter := w[k] - 'a'
			if next[node][letter] == 0 {
				next[node][letter] = int32(len(next))
				next = append(next, [26]int32{})
				ends = append(ends, false)
			}
			node = next[node][letter]
		}
		ends[node] = true
	}
	n := len(s)
	ways := make([]int, n+1)
	ways[0] = 1
	for i := 0; i < n; i++ {
		if ways[i] == 0 {
			continue
		}
		// Walk the trie along s from i: every word end reached is one more way to continue.
		node := int32(0)
		for j := i; j < n; j++ {
			node = next[node][s[j]-'a']
			if node == 0 {
				break
			}
			if ends[node] {
				ways[j+1] = (ways[j+1] + ways[i]) % mod
			}
		}
	}
	return ways[n]
}
