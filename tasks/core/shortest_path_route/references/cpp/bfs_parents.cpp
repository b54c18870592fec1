class Solution {
public:
    vector<int> shortestPath(int n, vector<vector<int>>& edges, int source, int target) {
        vector<vector<int>> neighbours(n);
        for (const auto& e : edges) {
            neighbours[e[0]].push_back(e[1]);
            neighbours[e[1]].push_back(e[0]);
        }
        vector<int> parent(n, -1), queue;
        queue.reserve(n);
        parent[source] = source;
        queue.push_back(source);
        for (size_t head = 0; head < queue.size() && parent[target] < 0; ++head) {
            int u = queue[head];
            for (int v : neighbours[u]) {
                if (parent[v] < 0) {
                    parent[v] = u;
                    queue.push_back(v);
                }
            }
        }
        if (parent[target] < 0) return {};
        vector<int> path{target};
        while (path.back() != source) path.push_back(parent[path.back()]);
        reverse(path.begin(), path.end());
        return path;
    }
};
