/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* shortestPath(int n, int** edges, int edgesSize, int* edgesColSize, int source, int target, int* returnSize) {
    (void)edgesColSize;
    int unreached = n; /* longer than any path */
    int* dist = malloc(sizeof(int) * n);
    int* parent = malloc(sizeof(int) * n);
    for (int u = 0; u < n; ++u) {
        dist[u] = unreached;
        parent[u] = -1;
    }
    dist[source] = 0;
    int changed = 1;
    while (changed) { /* Bellman-Ford: relax every edge, both ways, until a round changes nothing */
        changed = 0;
        for (int k = 0; k < edgesSize; ++k) {
            int u = edges[k][0], v = edges[k][1];
            if (dist[u] + 1 < dist[v]) {
                dist[v] = dist[u] + 1;
                parent[v] = u;
                changed = 1;
            } else if (dist[v] + 1 < dist[u]) {
                dist[u] = dist[v] + 1;
                parent[u] = v;
                changed = 1;
            }
        }
    }
    int* path = NULL;
    *returnSize = 0;
    if (dist[target] != unreached) {
        int length = dist[target] + 1;
        path = malloc(sizeof(int) * length);
        int i = length;
        for (int v = target; v != source; v = parent[v]) path[--i] = v;
        path[0] = source;
        *returnSize = length;
    }
    free(dist);
    free(parent);
    return path;
}
