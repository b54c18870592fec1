func countRedundantConnections(n int, edges [][]int) int {
	parent, size := make([]int, n), make([]int, n)
	for x := range parent {
		parent[x], size[x] = x, 1
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]] // path halving
			x = parent[x]
		}
		return x
	}
	redundant := 0
	for _, edge := range edges {
		u, v := find(edge[0]), find(edge[1])
		if u == v {
			redundant++
			continue
		}
		if size[u] < size[v] {
			u, v = v, u
		}
		parent[v] = u // union by size keeps trees shallow
		size[u] += size[v]
	}
	return redundant
}
