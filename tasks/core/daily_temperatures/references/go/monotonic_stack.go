func dailyTemperatures(temperatures []int) []int {
	answer := make([]int, len(temperatures))
	stack := make([]int, 0, len(temperatures)) // days still waiting for a warmer one
	for i, today := range temperatures {
		for len(stack) > 0 && temperatures[stack[len(stack)-1]] < today {
			day := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			answer[day] = i - day
		}
		stack = append(stack, i)
	}
	return answer
}
