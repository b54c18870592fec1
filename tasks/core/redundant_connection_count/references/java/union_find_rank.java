class Solution {
    private int[] parent;

    public int countRedundantConnections(int n, int[][] edges) {
        parent = new int[n];
        int[] size = new int[n];
        for (int x = 0; x < n; x++) {
            parent[x] = x;
            size[x] = 1;
        }
        int redundant = 0;
        for (int[] edge : edges) {
            int u = find(edge[0]), v = find(edge[1]);
            if (u == v) {
                redundant++;
                continue;
            }
            if (size[u] < size[v]) {
                int t = u;
                u = v;
                v = t;
            }
            parent[v] = u; // union by size keeps trees shallow
            size[u] += size[v];
        }
        return redundant;
    }

    private int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]]; // path halving
        return x;
    }
}
