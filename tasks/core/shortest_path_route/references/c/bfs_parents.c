/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* shortestPath(int n, int** edges, int edgesSize, int* edgesColSize, int source, int target, int* returnSize) {
    (void)edgesColSize;
    /* neighbours in compressed rows: the nodes joined to u are adj[start[u] .. start[u + 1]) */
    int* start = calloc(n + 1, sizeof(int));
    int* adj = malloc(sizeof(int) * (2 * edgesSize > 0 ? 2 * edgesSize : 1));
    for (int k = 0; k < edgesSize; ++k) {
        ++start[edges[k][0] + 1];
        ++start[edges[k][1] + 1];
    }
    for (int u = 0; u < n; ++u) start[u + 1] += start[u];
    int* fill = malloc(sizeof(int) * n);
    memcpy(fill, start, sizeof(int) * n);
    for (int k = 0; k < edgesSize; ++k) {
        adj[fill[edges[k][0]]++] = edges[k][1];
        adj[fill[edges[k][1]]++] = edges[k][0];
    }
    int* parent = malloc(sizeof(int) * n);
    for (int u = 0; u < n; ++u) parent[u] = -1;
    int* queue = malloc(sizeof(int) * n);
    int head = 0, tail = 0;
    parent[source] = source;
    queue[tail++] = source;
    while (head < tail && parent[target] < 0) {
        int u = queue[head++];
        for (int k = start[u]; k < start[u + 1]; ++k) {
            int v = adj[k];
            if (parent[v] < 0) {
                parent[v] = u;
                queue[tail++] = v;
            }
        }
    }
    int* path = NULL;
    *returnSize = 0;
    if (parent[target] >= 0) {
        int length = 1;
        for (int v = target; v != source; v = parent[v]) ++length;
        path = malloc(sizeof(int) * length);
        int i = length;
        for (int v = target; v != source; v = parent[v]) path[--i] = v;
        path[0] = source;
        *returnSize = length;
    }
    free(start);
    free(adj);
    free(fill);
    free(parent);
    free(queue);
    return path;
}
