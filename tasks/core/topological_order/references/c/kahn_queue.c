/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* topologicalOrder(int n, int** edges, int edgesSize, int* edgesColSize, int* returnSize) {
    (void)edgesColSize;
    /* successors in compressed rows: the nodes after u are next[start[u] .. start[u + 1]) */
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
    int* order = malloc(sizeof(int) * n); /* doubles as the FIFO queue */
    int head = 0, tail = 0;
    for (int u = 0; u < n; ++u)
        if (missing[u] == 0) order[tail++] = u;
    while (head < tail) {
        int u = order[head++];
        for (int k = start[u]; k < start[u + 1]; ++k)
            if (--missing[next[k]] == 0) order[tail++] = next[k];
    }
    free(start);
    free(missing);
    free(next);
    free(fill);
    *returnSize = tail;
    return order;
}
