class Solution {
    public int countRedundantConnections(int n, int[][] edges) {
        int[] parent = new int[n];
        for (int x = 0; x < n; x++) parent[x] = x;
        int redundant = 0;
        for (int[] edge : edges) {
            int u = edge[0], v = edge[1];
            while (parent[u] != u) u = parent[u];
            while (parent[v] != v) v = parent[v];
            if (u == v) redundant++;
            else parent[u] = v; // no balancing and no compression: trees may grow as deep as n
        }
        return redundant;
    }
}
