func topologicalOrder(n int, edges [][]int) []int {
	after := make([][]int, n)
	missing := make([]int, n) // predecessors not yet placed, per node
	for _, e := range edges {
		after[e[0]] = append(after[e[0]], e[1])
		missing[e[1]]++
	}
	placed := make([]bool, n)
	order := make([]int, 0, n)
	for step := 0; step < n; step++ {
		u := 0
		for placed[u] || missing[u] != 0 { // rescan from 0 for the first node that is ready
			u++
		}
		placed[u] = true
		order = append(order, u)
		for _, v := range after[u] {
			missing[v]--
		}
	}
	return order
}
