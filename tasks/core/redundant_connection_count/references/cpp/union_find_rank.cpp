class Solution {
public:
    int countRedundantConnections(int n, vector<vector<int>>& edges) {
        vector<int> parent(n), size(n, 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];  // path halving
            return x;
        };
        int redundant = 0;
        for (const auto& edge : edges) {
            int u = find(edge[0]), v = find(edge[1]);
            if (u == v) {
                ++redundant;
                continue;
            }
            if (size[u] < size[v]) swap(u, v);
            parent[v] = u;  // union by size keeps trees shallow
            size[u] += size[v];
        }
        return redundant;
    }
};
