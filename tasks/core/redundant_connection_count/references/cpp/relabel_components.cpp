class Solution {
public:
    int countRedundantConnections(int n, vector<vector<int>>& edges) {
        vector<int> label(n);  // component label of every node
        vector<vector<int>> members(n);  // nodes per label
        for (int x = 0; x < n; ++x) {
            label[x] = x;
            members[x] = {x};
        }
        int redundant = 0;
        for (const auto& edge : edges) {
            int a = label[edge[0]], b = label[edge[1]];
            if (a == b) {
                ++redundant;
                continue;
            }
            if (members[a].size() < members[b].size()) swap(a, b);
            for (int x : members[b]) label[x] = a;  // relabel the smaller side: O(log n) moves per node
            members[a].insert(members[a].end(), members[b].begin(), members[b].end());
            vector<int>().swap(members[b]);
        }
        return redundant;
    }
};
