// All-pairs shortest paths in an (n + 1) x (n + 1) table, O(n^3); only the source's row is used.
int networkDelayTime(int** times, int timesSize, int* timesColSize, int n, int k) {
    (void)timesColSize;
    const int INF = INT_MAX / 2;
    int size = n + 1;
    int* dist = malloc(sizeof(int) * size * size);
    for (int i = 0; i < size * size; ++i) dist[i] = INF;
    for (int i = 1; i <= n; ++i) dist[i * size + i] = 0;
    for (int e = 0; e < timesSize; ++e) {
        int* cell = &dist[times[e][0] * size + times[e][1]];
        if (times[e][2] < *cell) *cell = times[e][2];
    }
    for (int m = 1; m <= n; ++m) {
        for (int i = 1; i <= n; ++i) {
            int d_im = dist[i * size + m];
            if (d_im == INF) continue;
            for (int j = 1; j <= n; ++j) {
                if (d_im + dist[m * size + j] < dist[i * size + j]) dist[i * size + j] = d_im + dist[m * size + j];
            }
        }
    }
    int worst = 0;
    for (int v = 1; v <= n; ++v) {
        if (dist[k * size + v] > worst) worst = dist[k * size + v];
    }
    free(dist);
    return worst >= INF ? -1 : worst;
}
