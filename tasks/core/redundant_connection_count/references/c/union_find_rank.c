static int find_root(int* parent, int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]]; /* path halving */
    return x;
}

int countRedundantConnections(int n, int** edges, int edgesSize, int* edgesColSize) {
    (void)edgesColSize;
    int* parent = malloc(sizeof(int) * (n > 0 ? n : 1));
    int* size = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int x = 0; x < n; ++x) {
        parent[x] = x;
        size[x] = 1;
    }
    int redundant = 0;
    for (int k = 0; k < edgesSize; ++k) {
        int u = find_root(parent, edges[k][0]), v = find_root(parent, edges[k][1]);
        if (u == v) {
            ++redundant;
            continue;
        }
        if (size[u] < size[v]) {
            int t = u;
            u = v;
            v = t;
        }
        parent[v] = u; /* union by size keeps trees shallow */
        size[u] += size[v];
    }
    free(parent);
    free(size);
    return redundant;
}
