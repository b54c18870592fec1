class Solution {
public:
    int countRedundantConnections(int n, vector<vector<int>>& edges) {
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        int redundant = 0;
        for (const auto& edge : edges) {
            int u = find(edge[0]), v = find(edge[1]);
            if (u == v) ++redundant;
            else parent[u] = v;
        }
        return redundant;
    }

private:
    vector<int> parent;

    int find(int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); }  // full compression
};
