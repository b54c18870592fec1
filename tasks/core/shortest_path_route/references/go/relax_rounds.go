func shortestPath(n int, edges [][]int, source int, target int) []int {
	unreached := n // longer than any path
	dist := make([]int, n)
	parent := make([]int, n)
	for u := 0; u < n; u++ {
		dist[u] = unreached
		parent[u] = -1
	}
	dist[source] = 0
	for changed := true; changed; { // Bellman-Ford: relax every edge, both ways, until a round changes nothing
		changed = false
		for _, e := range edges {
			u, v := e[0], e[1]
			if dist[u]+1 < dist[v] {
				dist[v] = dist[u] + 1
				parent[v] = u
				changed = true
			} else if dist[v]+1 < dist[u] {
				dist[u] = dist[v] + 1
				parent[u] = v
				changed = true
			}
		}
	}
	if dist[target] == unreached {
		return []int{}
	}
	path := make([]int, dist[target]+1)
	i := len(path) - 1
	for v := target; v != source; v = parent[v] {
		path[i] = v
		i--
	}
	path[0] = source
	return path
}
