func numIslands(grid [][]int) int {
	rows := len(grid)
	if rows == 0 {
		return 0
	}
	cols := len(grid[0])
	const water = math.MaxInt32
	label := make([][]int, rows)
	for r := range label {
		label[r] = make([]int, cols)
		for c := range label[r] {
			label[r][c] = water
			if grid[r][c] == 1 {
				label[r][c] = r*cols + c
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				v := label[r][c]
				if v == water {
					continue
				}
				if r > 0 && label[r-1][c] < v {
					v = label[r-1][c]
				}
				if c > 0 && label[r][c-1] < v {
					v = label[r][c-1]
				}
				if v != label[r][c] {
					label[r][c] = v
					changed = true
				}
			}
		}
		for r := rows - 1; r >= 0; r-- {
			for c := cols - 1; c >= 0; c-- {
				v := label[r][c]
				if v == water {
					continue
				}
				if r+1 < rows && label[r+1][c] < v {
					v = label[r+1][c]
				}
				if c+1 < cols && label[r][c+1] < v {
					v = label[r][c+1]
				}
				if v != label[r][c] {
					label[r][c] = v
					changed = true
				}
			}
		}
	}
	islands := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if label[r][c] == r*cols+c {
				islands++
			}
		}
	}
	return islands
}
