// Dijkstra picking the closest unfinished node by a linear scan: O(n^2 + E). Edges are bucketed by
// source (counting sort into one array) so each node's out-edges are contiguous.
int networkDelayTime(int** times, int timesSize, int* timesColSize, int n, int k) {
    (void)timesColSize;
    const int INF = INT_MAX;
    int* start = calloc(n + 2, sizeof(int));
    int* target = malloc(sizeof(int) * (timesSize > 0 ? timesSize : 1));
    int* weight = malloc(sizeof(int) * (timesSize > 0 ? timesSize : 1));
    for (int e = 0; e < timesSize; ++e) start[times[e][0] + 1]++;
    for (int v = 1; v <= n + 1; ++v) start[v] += start[v - 1];
    int* fill = malloc(sizeof(int) * (n + 1));
    for (int v = 0; v <= n; ++v) fill[v] = start[v];
    for (int e = 0; e < timesSize; ++e) {
        int slot = fill[times[e][0]]++;
        target[slot] = times[e][1];
        weight[slot] = times[e][2];
    }
    int* dist = malloc(sizeof(int) * (n + 1));
    char* done = calloc(n + 1, 1);
    for (int v = 0; v <= n; ++v) dist[v] = INF;
    dist[k] = 0;
    int worst = 0;
    for (int round = 0; round < n; ++round) {
        int node = -1;
        for (int v = 1; v <= n; ++v) {
            if (!done[v] && dist[v] != INF && (node == -1 || dist[v] < dist[node])) node = v;
        }
        if (node == -1) {
            worst = -1;
            break;
        }
        done[node] = 1;
        if (dist[node] > worst) worst = dist[node];
        for (int s = start[node]; s < start[node + 1]; ++s) {
            if (dist[node] + weight[s] < dist[target[s]]) dist[target[s]] = dist[node] + weight[s];
        }
    }
    free(start);
    free(target);
    free(weight);
    free(fill);
    free(dist);
    free(done);
    return worst;
}
