/**
 * @param {number[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    const rows = grid.length;
    if (rows === 0) return 0;
    const cols = grid[0].length;
    const width = cols + 1; // a water column closes every row
    const land = new Uint8Array(width * (rows + 2));
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) land[(r + 1) * width + c] = grid[r][c];
    }
    const stack = new Int32Array(land.length);
    let islands = 0;
    for (let start = width; start < width * (rows + 1); start++) {
        if (!land[start]) continue;
        islands++;
        land[start] = 0;
        let top = 0;
        stack[top++] = start;
        while (top > 0) {
            const cell = stack[--top];
            for (const nb of [cell - 1, cell + 1, cell - width, cell + width]) {
                if (land[nb]) {
                    land[nb] = 0;
                    stack[top++] = nb;
                }
            }
        }
    }
    return islands;
};
