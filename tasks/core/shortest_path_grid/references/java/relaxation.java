class Solution {
    public int shortestPathGrid(int[][] grid) {
        int rows = grid.length, cols = grid[0].length;
        if (grid[0][0] == 1 || grid[rows - 1][cols - 1] == 1) return -1;
        int inf = rows * cols + 1;
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) Arrays.fill(row, inf);
        dist[0][0] = 0;
        boolean changed = true;
        while (changed) {
            // One row-major sweep relaxing every open cell from its four neighbours; steps up or left
            // travel only one cell per sweep.
            changed = false;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (grid[r][c] == 1) continue;
                    int d = dist[r][c];
                    if (c > 0) d = Math.min(d, dist[r][c - 1] + 1);
                    if (c + 1 < cols) d = Math.min(d, dist[r][c + 1] + 1);
                    if (r > 0) d = Math.min(d, dist[r - 1][c] + 1);
                    if (r + 1 < rows) d = Math.min(d, dist[r + 1][c] + 1);
                    if (d < dist[r][c]) {
                        dist[r][c] = d;
                        changed = true;
                    }
                }
            }
        }
        return dist[rows - 1][cols - 1] < inf ? dist[rows - 1][cols - 1] : -1;
    }
}
