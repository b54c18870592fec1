int numIslands(int** grid, int gridSize, int* gridColSize) {
    if (gridSize == 0) return 0;
    int rows = gridSize, cols = gridColSize[0];
    const int water = INT_MAX;
    int* label = malloc(sizeof(int) * rows * cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) label[r * cols + c] = grid[r][c] == 1 ? r * cols + c : water;
    int changed = 1;
    while (changed) {
        changed = 0;
        /* forward sweep pulls small labels down and right, backward sweep up and left */
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                int i = r * cols + c, v = label[i];
                if (v == water) continue;
                if (r > 0 && label[i - cols] < v) v = label[i - cols];
                if (c > 0 && label[i - 1] < v) v = label[i - 1];
                if (v != label[i]) { label[i] = v; changed = 1; }
            }
        for (int r = rows - 1; r >= 0; --r)
            for (int c = cols - 1; c >= 0; --c) {
                int i = r * cols + c, v = label[i];
                if (v == water) continue;
                if (r + 1 < rows && label[i + cols] < v) v = label[i + cols];
                if (c + 1 < cols && label[i + 1] < v) v = label[i + 1];
                if (v != label[i]) { label[i] = v; changed = 1; }
            }
    }
    int islands = 0;
    for (int i = 0; i < rows * cols; ++i) islands += label[i] == i;
    free(label);
    return islands;
}
