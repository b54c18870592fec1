int shortestPathGrid(int** grid, int gridSize, int* gridColSize) {
    int rows = gridSize, cols = gridColSize[0];
    if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
    const int inf = rows * cols + 1;
    int* dist = malloc(rows * cols * sizeof(int));
    for (int i = 0; i < rows * cols; i++) dist[i] = inf;
    dist[0] = 0;
    int changed = 1;
    while (changed) {
        // One row-major sweep relaxing every open cell from its four neighbours; steps up or left
        // travel only one cell per sweep.
        changed = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c]) continue;
                int i = r * cols + c, d = dist[i];
                if (c > 0 && dist[i - 1] + 1 < d) d = dist[i - 1] + 1;
                if (c + 1 < cols && dist[i + 1] + 1 < d) d = dist[i + 1] + 1;
                if (r > 0 && dist[i - cols] + 1 < d) d = dist[i - cols] + 1;
                if (r + 1 < rows && dist[i + cols] + 1 < d) d = dist[i + cols] + 1;
                if (d < dist[i]) {
                    dist[i] = d;
                    changed = 1;
                }
            }
        }
    }
    int answer = dist[rows * cols - 1] < inf ? dist[rows * cols - 1] : -1;
    free(dist);
    return answer;
}
