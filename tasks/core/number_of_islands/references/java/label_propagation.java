class Solution {
    public int numIslands(int[][] grid) {
        int rows = grid.length;
        if (rows == 0) return 0;
        int cols = grid[0].length;
        final int water = Integer.MAX_VALUE;
        int[][] label = new int[rows][cols];
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) label[r][c] = grid[r][c] == 1 ? r * cols + c : water;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    int v = label[r][c];
                    if (v == water) continue;
                    if (r > 0) v = Math.min(v, label[r - 1][c]);
                    if (c > 0) v = Math.min(v, label[r][c - 1]);
                    if (v != label[r][c]) { label[r][c] = v; changed = true; }
                }
            for (int r = rows - 1; r >= 0; --r)
                for (int c = cols - 1; c >= 0; --c) {
                    int v = label[r][c];
                    if (v == water) continue;
                    if (r + 1 < rows) v = Math.min(v, label[r + 1][c]);
                    if (c + 1 < cols) v = Math.min(v, label[r][c + 1]);
                    if (v != label[r][c]) { label[r][c] = v; changed = true; }
                }
        }
        int islands = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) if (label[r][c] == r * cols + c) ++islands;
        return islands;
    }
}
