class Solution {
public:
    vector<int> topologicalOrder(int n, vector<vector<int>>& edges) {
        vector<char> placed(n, 0);
        vector<int> order, missing(n);
        order.reserve(n);
        while ((int)order.size() < n) {  // one round per layer: recount what every node still waits for
            fill(missing.begin(), missing.end(), 0);
            for (const auto& e : edges)
                if (!placed[e[0]]) ++missing[e[1]];
            size_t layer = order.size();
            for (int u = 0; u < n; ++u)
                if (!placed[u] && missing[u] == 0) order.push_back(u);
            for (size_t i = layer; i < order.size(); ++i) placed[order[i]] = 1;
        }
        return order;
    }
};
