use std::collections::VecDeque;

impl Solution {
    pub fn shortest_path_grid(grid: Vec<Vec<i32>>) -> i32 {
        let (rows, cols) = (grid.len(), grid[0].len());
        if grid[0][0] == 1 || grid[rows - 1][cols - 1] == 1 {
            return -1;
        }
        let mut dist = vec![vec![-1i32; cols]; rows];
        dist[0][0] = 0;
        let mut queue = VecDeque::new();
        queue.push_back((0usize, 0usize));
        while let Some((r, c)) = queue.pop_front() {
            if r == rows - 1 && c == cols - 1 {
                return dist[r][c];
            }
            let around = [(r + 1, c), (r.wrapping_sub(1), c), (r, c + 1), (r, c.wrapping_sub(1))];
            for &(nr, nc) in &around {
                // wrapping_sub turns -1 into usize::MAX, which the bounds check rejects.
                if nr < rows && nc < cols && grid[nr][nc] == 0 && dist[nr][nc] < 0 {
                    dist[nr][nc] = dist[r][c] + 1;
                    queue.push_back((nr, nc));
                }
            }
        }
        -1
    }
}
