func groupAnagramCount(strs []string) int {
	representatives := [][26]int{} // letter counts of one word per group found so far
	for _, word := range strs {
		var counts [26]int
		for i := 0; i < len(word); i++ {
			counts[word[i]-'a']++
		}
		found := false
		for _, known := range representatives {
			if known == counts {
				found = true
				break
			}
		}
		if !found {
			representatives = append(representatives, counts)
		}
	}
	return len(representatives)
}
