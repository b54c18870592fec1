int countRedundantConnections(int n, int** edges, int edgesSize, int* edgesColSize) {
    (void)edgesColSize;
    int* parent = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int x = 0; x < n; ++x) parent[x] = x;
    int redundant = 0;
    for (int k = 0; k < edgesSize; ++k) {
        int u = edges[k][0], v = edges[k][1];
        while (parent[u] != u) u = parent[u];
        while (parent[v] != v) v = parent[v];
        if (u == v) ++redundant;
        else parent[u] = v; /* no balancing and no compression: trees may grow as deep as n */
    }
    free(parent);
    return redundant;
}
