func countRedundantConnections(n int, edges [][]int) int {
	parent := make([]int, n)
	for x := range parent {
		parent[x] = x
	}
	redundant := 0
	for _, edge := range edges {
		u, v := edge[0], edge[1]
		for parent[u] != u {
			u = parent[u]
		}
		for parent[v] != v {
			v = parent[v]
		}
		if u == v {
			redundant++
		} else {
			parent[u] = v // no balancing and no compression: trees may grow as deep as n
		}
	}
	return redundant
}
