impl Solution {
    pub fn shortest_path_grid(grid: Vec<Vec<i32>>) -> i32 {
        let (rows, cols) = (grid.len(), grid[0].len());
        if grid[0][0] == 1 || grid[rows - 1][cols - 1] == 1 {
            return -1;
        }
        let inf = (rows * cols + 1) as i32;
        let mut dist = vec![vec![inf; cols]; rows];
        dist[0][0] = 0;
        let mut changed = true;
        while changed {
            // One row-major sweep relaxing every open cell from its four neighbours; steps up or left
            // travel only one cell per sweep.
            changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    if grid[r][c] == 1 {
                        continue;
                    }
                    let mut d = dist[r][c];
                    if c > 0 {
                        d = d.min(dist[r][c - 1] + 1);
                    }
                    if c + 1 < cols {
                        d = d.min(dist[r][c + 1] + 1);
                    }
                    if r > 0 {
                        d = d.min(dist[r - 1][c] + 1);
                    }
                    if r + 1 < rows {
                        d = d.min(dist[r + 1][c] + 1);
                    }
                    if d < dist[r][c] {
                        dist[r][c] = d;
                        changed = true;
                    }
                }
            }
        }
        if dist[rows - 1][cols - 1] < inf {
            dist[rows - 1][cols - 1]
        } else {
            -1
        }
    }
}
