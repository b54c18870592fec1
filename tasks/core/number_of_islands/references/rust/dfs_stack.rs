impl Solution {
    pub fn num_islands(grid: Vec<Vec<i32>>) -> i32 {
        let rows = grid.len();
        if rows == 0 {
            return 0;
        }
        let cols = grid[0].len();
        let width = cols + 1; // a water column closes every row
        let mut land = vec![false; width * (rows + 2)];
        for (r, row) in grid.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                land[(r + 1) * width + c] = v == 1;
            }
        }
        let mut stack: Vec<usize> = Vec::new();
        let mut islands = 0;
        for start in width..width * (rows + 1) {
            if !land[start] {
                continue;
            }
            islands += 1;
            land[start] = false;
            stack.push(start);
            while let Some(cell) = stack.pop() {
                for nb in [cell - 1, cell + 1, cell - width, cell + width] {
                    if land[nb] {
                        land[nb] = false;
                        stack.push(nb);
                    }
                }
            }
        }
        islands
    }
}
