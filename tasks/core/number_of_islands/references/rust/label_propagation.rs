impl Solution {
    pub fn num_islands(grid: Vec<Vec<i32>>) -> i32 {
        let rows = grid.len();
        if rows == 0 {
            return 0;
        }
        let cols = grid[0].len();
        let water = usize::MAX;
        let mut label: Vec<Vec<usize>> = (0..rows)
            .map(|r| (0..cols).map(|c| if grid[r][c] == 1 { r * cols + c } else { water }).collect())
            .collect();
        let mut changed = true;
        while changed {
            changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    let mut v = label[r][c];
                    if v == water {
                        continue;
                    }
                    if r > 0 { v = v.min(label[r - 1][c]); }
                    if c > 0 { v = v.min(label[r][c - 1]); }
                    if v != label[r][c] { label[r][c] = v; changed = true; }
                }
            }
            for r in (0..rows).rev() {
                for c in (0..cols).rev() {
                    let mut v = label[r][c];
                    if v == water {
                        continue;
                    }
                    if r + 1 < rows { v = v.min(label[r + 1][c]); }
                    if c + 1 < cols { v = v.min(label[r][c + 1]); }
                    if v != label[r][c] { label[r][c] = v; changed = true; }
                }
            }
        }
        let mut islands = 0;
        for r in 0..rows {
            for c in 0..cols {
                if label[r][c] == r * cols + c {
                    islands += 1;
                }
            }
        }
        islands
    }
}
