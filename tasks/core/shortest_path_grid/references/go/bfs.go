func shortestPathGrid(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	if grid[0][0] == 1 || grid[rows-1][cols-1] == 1 {
		return -1
	}
	n := rows * cols
	dist := make([]int, n)
	for i := range dist {
		dist[i] = -1
	}
	dist[0] = 0
	queue := make([]int, 0, n)
	queue = append(queue, 0)
	dr, dc := [4]int{1, -1, 0, 0}, [4]int{0, 0, 1, -1}
	for head := 0; head < len(queue); head++ {
		cell := queue[head]
		if cell == n-1 {
			return dist[cell]
		}
		r, c := cell/cols, cell%cols
		for k := 0; k < 4; k++ {
			nr, nc := r+dr[k], c+dc[k]
			if nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == 1 {
				continue
			}
			if next := nr*cols + nc; dist[next] < 0 {
				dist[next] = dist[cell] + 1
				queue = append(queue, next)
			}
		}
	}
	return -1
}
