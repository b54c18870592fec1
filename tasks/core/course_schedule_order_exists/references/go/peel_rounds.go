func canFinish(numCourses int, prerequisites [][]int) bool {
	size := len(prerequisites)
	course, before := make([]int, size), make([]int, size)
	for k, pair := range prerequisites {
		course[k], before[k] = pair[0], pair[1]
	}
	blocked := make([]bool, numCourses)
	for size > 0 {
		// Courses still needing something cannot be taken this round; everything else can.
		for c := range blocked {
			blocked[c] = false
		}
		for k := 0; k < size; k++ {
			blocked[course[k]] = true
		}
		kept := 0
		for k := 0; k < size; k++ {
			if blocked[before[k]] {
				course[kept], before[kept] = course[k], before[k]
				kept++
			}
		}
		if kept == size {
			return false // nothing could be taken: a cycle
		}
		size = kept
	}
	return true
}
