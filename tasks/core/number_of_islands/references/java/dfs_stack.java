class Solution {
    public int numIslands(int[][] grid) {
        int rows = grid.length;
        if (rows == 0) return 0;
        int cols = grid[0].length;
        int width = cols + 1;  // a water column closes every row
        boolean[] land = new boolean[width * (rows + 2)];
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) land[(r + 1) * width + c] = grid[r][c] == 1;
        int[] stack = new int[land.length];
        int islands = 0;
        for (int start = width; start < width * (rows + 1); ++start) {
            if (!land[start]) continue;
            ++islands;
            land[start] = false;
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int cell = stack[--top];
                int[] around = {cell - 1, cell + 1, cell - width, cell + width};
                for (int nb : around) {
                    if (land[nb]) {
                        land[nb] = false;
                        stack[top++] = nb;
                    }
                }
            }
        }
        return islands;
    }
}
