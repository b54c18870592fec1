class Solution {
public:
    int countRedundantConnections(int n, vector<vector<int>>& edges) {
        vector<int> parent(n);
        iota(parent.begin(), parent.end(), 0);
        int redundant = 0;
        for (const auto& edge : edges) {
            int u = edge[0], v = edge[1];
            while (parent[u] != u) u = parent[u];
            while (parent[v] != v) v = parent[v];
            if (u == v) ++redundant;
            else parent[u] = v;  // no balancing and no compression: trees may grow as deep as n
        }
        return redundant;
    }
};
