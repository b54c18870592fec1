func numIslands(grid [][]int) int {
	rows := len(grid)
	if rows == 0 {
		return 0
	}
	cols := len(grid[0])
	width := cols + 1 // a water column closes every row
	land := make([]bool, width*(rows+2))
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			land[(r+1)*width+c] = grid[r][c] == 1
		}
	}
	stack := make([]int, 0, 64)
	islands := 0
	for start := width; start < width*(rows+1); start++ {
		if !land[start] {
			continue
		}
		islands++
		land[start] = false
		stack = append(stack[:0], start)
		for len(stack) > 0 {
			cell := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, nb := range [4]int{cell - 1, cell + 1, cell - width, cell + width} {
				if land[nb] {
					land[nb] = false
					stack = append(stack, nb)
				}
			}
		}
	}
	return islands
}
