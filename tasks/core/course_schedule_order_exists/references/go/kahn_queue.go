func canFinish(numCourses int, prerequisites [][]int) bool {
	unlocks := make([][]int, numCourses)
	missing := make([]int, numCourses) // prerequisites not yet taken, per course
	for _, pair := range prerequisites {
		unlocks[pair[1]] = append(unlocks[pair[1]], pair[0])
		missing[pair[0]]++
	}
	queue := make([]int, 0, numCourses)
	for c := 0; c < numCourses; c++ {
		if missing[c] == 0 {
			queue = append(queue, c)
		}
	}
	for head := 0; head < len(queue); head++ {
		for _, after := range unlocks[queue[head]] {
			missing[after]--
			if missing[after] == 0 {
				queue = append(queue, after)
			}
		}
	}
	return len(queue) == numCourses // courses on or behind a cycle never become ready
}
