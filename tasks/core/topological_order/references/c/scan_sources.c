/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* topologicalOrder(int n, int** edges, int edgesSize, int* edgesColSize, int* returnSize) {
    (void)edgesColSize;
    int* start = calloc(n + 1, sizeof(int));
    int* missing = calloc(n, sizeof(int)); /* predecessors not yet placed, per node */
    int* next = malloc(sizeof(int) * (edgesSize > 0 ? edgesSize : 1));
    for (int k = 0; k < edgesSize; ++k) {
        ++start[edges[k][0] + 1];
        ++missing[edges[k][1]];
    }
    for (int u = 0; u < n; ++u) start[u + 1] += start[u];
    int* fill = malloc(sizeof(int) * n);
    memcpy(fill, start, sizeof(int) * n);
    for (int k = 0; k < edgesSize; ++k) next[fill[edges[k][0]]++] = edges[k][1];
    char* placed = calloc(n, 1);
    int* order = malloc(sizeof(int) * n);
    for (int step = 0; step < n; ++step) {
        int u = 0;
        while (placed[u] || missing[u]) ++u; /* rescan from 0 for the first node that is ready */
        placed[u] = 1;
        order[step] = u;
        for (int k = start[u]; k < start[u + 1]; ++k) --missing[next[k]];
    }
    free(start);
    free(missing);
    free(next);
    free(fill);
    free(placed);
    *returnSize = n;
    return order;
}
