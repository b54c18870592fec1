class Solution {
public:
    int countRedundantConnections(int n, vector<vector<int>>& edges) {
        // Whatever the order, the non-redundant cables form a spanning forest: n - components cables.
        vector<vector<int>> neighbours(n);
        for (const auto& edge : edges) {
            neighbours[edge[0]].push_back(edge[1]);
            neighbours[edge[1]].push_back(edge[0]);
        }
        vector<char> seen(n, 0);
        vector<int> frontier;
        int components = 0;
        for (int start = 0; start < n; ++start) {
            if (seen[start]) continue;
            ++components;
            seen[start] = 1;
            frontier.push_back(start);
            while (!frontier.empty()) {
                int node = frontier.back();
                frontier.pop_back();
                for (int other : neighbours[node]) {
                    if (!seen[other]) {
                        seen[other] = 1;
                        frontier.push_back(other);
                    }
                }
            }
        }
        return (int)edges.size() - (n - components);
    }
};
