/**
 * @param {number[][]} grid
 * @return {number}
 */
var shortestPathGrid = function(grid) {
    const rows = grid.length, cols = grid[0].length;
    if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
    const n = rows * cols;
    const dist = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let head = 0, tail = 0;
    dist[0] = 0;
    queue[tail++] = 0;
    while (head < tail) {
        const cell = queue[head++];
        if (cell === n - 1) return dist[cell];
        const r = (cell / cols) | 0, c = cell - r * cols;
        const around = [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]];
        for (const [nr, nc] of around) {
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc]) continue;
            const next = nr * cols + nc;
            if (dist[next] < 0) {
                dist[next] = dist[cell] + 1;
                queue[tail++] = next;
            }
        }
    }
    return -1;
};
