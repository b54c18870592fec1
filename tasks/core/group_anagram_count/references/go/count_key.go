func groupAnagramCount(strs []string) int {
	keys := make(map[[26]byte]struct{}, len(strs)) // letter counts (words are short) as the key
	for _, word := range strs {
		var counts [26]byte
		for i := 0; i < len(word); i++ {
			counts[word[i]-'a']++
		}
		keys[counts] = struct{}{}
	}
	return len(keys)
}
