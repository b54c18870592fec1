int numIslands(int** grid, int gridSize, int* gridColSize) {
    if (gridSize == 0) return 0;
    int rows = gridSize, cols = gridColSize[0];
    /* flat copy with a water border, so neighbours need no bounds checks */
    int width = cols + 1;
    int total = width * (rows + 2);
    char* land = calloc(total, 1);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) land[(r + 1) * width + c] = (char)grid[r][c];
    int* stack = malloc(sizeof(int) * total);
    int islands = 0;
    for (int start = width; start < width * (rows + 1); ++start) {
        if (!land[start]) continue;
        ++islands;
        land[start] = 0;
        int top = 0;
        stack[top++] = start;
        while (top > 0) {
            int cell = stack[--top];
            int around[4] = {cell - 1, cell + 1, cell - width, cell + width};
            for (int d = 0; d < 4; ++d) {
                if (land[around[d]]) {
                    land[around[d]] = 0;
                    stack[top++] = around[d];
                }
            }
        }
    }
    free(stack);
    free(land);
    return islands;
}
