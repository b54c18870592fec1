/**
 * @param {number[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    const rows = grid.length;
    if (rows === 0) return 0;
    const cols = grid[0].length;
    const water = Infinity;
    const label = grid.map((row, r) => row.map((v, c) => (v === 1 ? r * cols + c : water)));
    let changed = true;
    while (changed) {
        changed = false;
        for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) {
                let v = label[r][c];
                if (v === water) continue;
                if (r > 0 && label[r - 1][c] < v) v = label[r - 1][c];
                if (c > 0 && label[r][c - 1] < v) v = label[r][c - 1];
                if (v !== label[r][c]) { label[r][c] = v; changed = true; }
            }
        }
        for (let r = rows - 1; r >= 0; r--) {
            for (let c = cols - 1; c >= 0; c--) {
                let v = label[r][c];
                if (v === water) continue;
                if (r + 1 < rows && label[r + 1][c] < v) v = label[r + 1][c];
                if (c + 1 < cols && label[r][c + 1] < v) v = label[r][c + 1];
                if (v !== label[r][c]) { label[r][c] = v; changed = true; }
            }
        }
    }
    let islands = 0;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) if (label[r][c] === r * cols + c) islands++;
    }
    return islands;
};
