func topologicalOrder(n int, edges [][]int) []int {
	after := make([][]int, n)
	missing := make([]int, n) // predecessors not yet placed, per node
	for _, e := range edges {
		after[e[0]] = append(after[e[0]], e[1])
		missing[e[1]]++
	}
	order := make([]int, 0, n) // doubles as the FIFO queue
	for u := 0; u < n; u++ {
		if missing[u] == 0 {
			order = append(order, u)
		}
	}
	for head := 0; head < len(order); head++ {
		for _, v := range after[order[head]] {
			missing[v]--
			if missing[v] == 0 {
				order = append(order, v)
			}
		}
	}
	return order
}
