class Solution {
public:
    vector<int> topologicalOrder(int n, vector<vector<int>>& edges) {
        vector<vector<int>> after(n);
        vector<int> missing(n, 0);  // predecessors not yet placed, per node
        for (const auto& e : edges) {
            after[e[0]].push_back(e[1]);
            ++missing[e[1]];
        }
        vector<char> placed(n, 0);
        vector<int> order;
        order.reserve(n);
        for (int step = 0; step < n; ++step) {
            int u = 0;
            while (placed[u] || missing[u]) ++u;  // rescan from 0 for the first node that is ready
            placed[u] = 1;
            order.push_back(u);
            for (int v : after[u]) --missing[v];
        }
        return order;
    }
};
