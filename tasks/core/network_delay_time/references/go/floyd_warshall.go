// All-pairs shortest paths, O(n^3); only the source's row is used.
func networkDelayTime(times [][]int, n int, k int) int {
	const inf = math.MaxInt32
	dist := make([][]int, n+1)
	for i := range dist {
		dist[i] = make([]int, n+1)
		for j := range dist[i] {
			dist[i][j] = inf
		}
		dist[i][i] = 0
	}
	for _, e := range times {
		if e[2] < dist[e[0]][e[1]] {
			dist[e[0]][e[1]] = e[2]
		}
	}
	for m := 1; m <= n; m++ {
		via := dist[m]
		for i := 1; i <= n; i++ {
			row := dist[i]
			dIm := row[m]
			if dIm == inf {
				continue
			}
			for j := 1; j <= n; j++ {
				if dIm+via[j] < row[j] {
					row[j] = dIm + via[j]
				}
			}
		}
	}
	worst := 0
	for v := 1; v <= n; v++ {
		if dist[k][v] > worst {
			worst = dist[k][v]
		}
	}
	if worst >= inf {
		return -1
	}
	return worst
}
