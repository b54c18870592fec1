class Solution {
public:
    vector<int> shortestPath(int n, vector<vector<int>>& edges, int source, int target) {
        const int unreached = n;  // longer than any path
        vector<int> dist(n, unreached), parent(n, -1);
        dist[source] = 0;
        bool changed = true;
        while (changed) {  // Bellman-Ford: relax every edge, both ways, until a round changes nothing
            changed = false;
            for (const auto& e : edges) {
                int u = e[0], v = e[1];
                if (dist[u] + 1 < dist[v]) {
                    dist[v] = dist[u] + 1;
                    parent[v] = u;
                    changed = true;
                } else if (dist[v] + 1 < dist[u]) {
                    dist[u] = dist[v] + 1;
                    parent[u] = v;
                    changed = true;
                }
            }
        }
        if (dist[target] == unreached) return {};
        vector<int> path{target};
        while (path.back() != source) path.push_back(parent[path.back()]);
        reverse(path.begin(), path.end());
        return path;
    }
};
