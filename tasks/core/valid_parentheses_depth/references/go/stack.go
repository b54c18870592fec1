func maxDepth(s string) int {
	stack := make([]byte, 0, len(s))
	depth := 0
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; ch {
		case '(':
			stack = append(stack, ')')
		case '[':
			stack = append(stack, ']')
		case '{':
			stack = append(stack, '}')
		default:
			if len(stack) == 0 || stack[len(stack)-1] != ch {
				return -1
			}
			stack = stack[:len(stack)-1]
			continue
		}
		if len(stack) > depth {
			depth = len(stack)
		}
	}
	if len(stack) != 0 {
		return -1
	}
	return depth
}
