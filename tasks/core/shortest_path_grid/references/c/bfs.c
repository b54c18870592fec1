int shortestPathGrid(int** grid, int gridSize, int* gridColSize) {
    int rows = gridSize, cols = gridColSize[0];
    if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
    int n = rows * cols;
    int* dist = malloc(n * sizeof(int));
    int* queue = malloc(n * sizeof(int));
    for (int i = 0; i < n; i++) dist[i] = -1;
    int head = 0, tail = 0, answer = -1;
    dist[0] = 0;
    queue[tail++] = 0;
    while (head < tail) {
        int cell = queue[head++];
        if (cell == n - 1) {
            answer = dist[cell];
            break;
        }
        int r = cell / cols, c = cell % cols;
        int around[4][2] = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
        for (int k = 0; k < 4; k++) {
            int nr = around[k][0], nc = around[k][1];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc]) continue;
            int next = nr * cols + nc;
            if (dist[next] < 0) {
                dist[next] = dist[cell] + 1;
                queue[tail++] = next;
            }
        }
    }
    free(dist);
    free(queue);
    return answer;
}
