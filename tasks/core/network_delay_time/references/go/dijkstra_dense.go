// Dijkstra picking the closest unfinished node by a linear scan: O(n^2 + E).
func networkDelayTime(times [][]int, n int, k int) int {
	type edge struct{ to, weight int }
	const inf = math.MaxInt32
	adj := make([][]edge, n+1)
	for _, e := range times {
		adj[e[0]] = append(adj[e[0]], edge{e[1], e[2]})
	}
	dist := make([]int, n+1)
	done := make([]bool, n+1)
	for v := range dist {
		dist[v] = inf
	}
	dist[k] = 0
	worst := 0
	for round := 0; round < n; round++ {
		node := -1
		for v := 1; v <= n; v++ {
			if !done[v] && dist[v] != inf && (node == -1 || dist[v] < dist[node]) {
				node = v
			}
		}
		if node == -1 {
			return -1
		}
		done[node] = true
		if dist[node] > worst {
			worst = dist[node]
		}
		for _, e := range adj[node] {
			if dist[node]+e.weight < dist[e.to] {
				dist[e.to] = dist[node] + e.weight
			}
		}
	}
	return worst
}
