func shortestPathGrid(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	if grid[0][0] == 1 || grid[rows-1][cols-1] == 1 {
		return -1
	}
	inf := rows*cols + 1
	dist := make([][]int, rows)
	for r := range dist {
		dist[r] = make([]int, cols)
		for c := range dist[r] {
			dist[r][c] = inf
		}
	}
	dist[0][0] = 0
	for changed := true; changed; {
		// One row-major sweep relaxing every open cell from its four neighbours; steps up or left
		// travel only one cell per sweep.
		changed = false
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				if grid[r][c] == 1 {
					continue
				}
				d := dist[r][c]
				if c > 0 && dist[r][c-1]+1 < d {
					d = dist[r][c-1] + 1
				}
				if c+1 < cols && dist[r][c+1]+1 < d {
					d = dist[r][c+1] + 1
				}
				if r > 0 && dist[r-1][c]+1 < d {
					d = dist[r-1][c] + 1
				}
				if r+1 < rows && dist[r+1][c]+1 < d {
					d = dist[r+1][c] + 1
				}
				if d < dist[r][c] {
					dist[r][c] = d
					changed = true
				}
			}
		}
	}
	if dist[rows-1][cols-1] < inf {
		return dist[rows-1][cols-1]
	}
	return -1
}
