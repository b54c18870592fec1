/**
 * @param {number[][]} grid
 * @return {number}
 */
var shortestPathGrid = function(grid) {
    const rows = grid.length, cols = grid[0].length;
    if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
    const inf = rows * cols + 1;
    const dist = Array.from({ length: rows }, () => new Array(cols).fill(inf));
    dist[0][0] = 0;
    let changed = true;
    while (changed) {
        // One row-major sweep relaxing every open cell from its four neighbours; steps up or left
        // travel only one cell per sweep.
        changed = false;
        for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) {
                if (grid[r][c]) continue;
                let d = dist[r][c];
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
};
