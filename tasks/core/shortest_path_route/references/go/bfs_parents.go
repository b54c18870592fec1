func shortestPath(n int, edges [][]int, source int, target int) []int {
	neighbours := make([][]int, n)
	for _, e := range edges {
		neighbours[e[0]] = append(neighbours[e[0]], e[1])
		neighbours[e[1]] = append(neighbours[e[1]], e[0])
	}
	parent := make([]int, n)
	for u := range parent {
		parent[u] = -1
	}
	parent[source] = source
	queue := make([]int, 0, n)
	queue = append(queue, source)
	for head := 0; head < len(queue) && parent[target] < 0; head++ {
		u := queue[head]
		for _, v := range neighbours[u] {
			if parent[v] < 0 {
				parent[v] = u
				queue = append(queue, v)
			}
		}
	}
	if parent[target] < 0 {
		return []int{}
	}
	path := []int{target}
	for path[len(path)-1] != source {
		path = append(path, parent[path[len(path)-1]])
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}
