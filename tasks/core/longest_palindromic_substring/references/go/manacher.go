func longestPalindromicSubstring(s string) int {
	n := len(s)
	if n == 0 {
		return 0
	}
	// Separators make every palindrome odd-length: "aba" -> "^#a#b#a#$" (sentinels stop expansion).
	m := 2*n + 3
	t := make([]byte, m)
	t[0], t[m-1] = '^', '$'
	for i := 0; i <= n; i++ {
		t[2*i+1] = '#'
	}
	for i := 0; i < n; i++ {
		t[2*i+2] = s[i]
	}
	radius := make([]int, m)
	center, right, best := 0, 0, 0
	for i := 1; i < m-1; i++ {
		if i < right {
			radius[i] = radius[2*center-i]
			if right-i < radius[i] {
				radius[i] = right - i
			}
		}
		for t[i+radius[i]+1] == t[i-radius[i]-1] {
			radius[i]++
		}
		if i+radius[i] > right {
			center, right = i, i+radius[i]
		}
		if radius[i] > best {
			best = radius[i]
		}
	}
	return best
}
