func maxDepth(s string) int {
	rest := s
	for {
		shorter := strings.ReplaceAll(rest, "()", "")
		shorter = strings.ReplaceAll(shorter, "[]", "")
		shorter = strings.ReplaceAll(shorter, "{}", "")
		if len(shorter) == len(rest) {
			break
		}
		rest = shorter
	}
	if rest != "" {
		return -1
	}
	depth, level := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '(' || s[i] == '[' || s[i] == '{' {
			level++
		} else {
			level--
		}
		if level > depth {
			depth = level
		}
	}
	return depth
}
