class Solution {
public:
    vector<int> topologicalOrder(int n, vector<vector<int>>& edges) {
        vector<vector<int>> after(n);
        vector<int> missing(n, 0);  // predecessors not yet placed, per node
        for (const auto& e : edges) {
            after[e[0]].push_back(e[1]);
            ++missing[e[1]];
        }
        vector<int> order;  // doubles as the FIFO queue
        order.reserve(n);
        for (int u = 0; u < n; ++u)
            if (missing[u] == 0) order.push_back(u);
        for (size_t head = 0; head < order.size(); ++head)
            for (int v : after[order[head]])
                if (--missing[v] == 0) order.push_back(v);
        return order;
    }
};
