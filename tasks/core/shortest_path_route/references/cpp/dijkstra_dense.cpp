class Solution {
public:
    vector<int> shortestPath(int n, vector<vector<int>>& edges, int source, int target) {
        vector<vector<int>> neighbours(n);
        for (const auto& e : edges) {
            neighbours[e[0]].push_back(e[1]);
            neighbours[e[1]].push_back(e[0]);
        }
        const int unreached = n;  // longer than any path
        vector<int> dist(n, unreached), parent(n, -1);
        vector<char> settled(n, 0);
        dist[source] = 0;
        while (true) {
            int u = -1;  // Dijkstra, the closest unsettled node found by a linear scan
            for (int w = 0; w < n; ++w)
                if (!settled[w] && (u < 0 || dist[w] < dist[u])) u = w;
            if (u < 0 || dist[u] == unreached || u == target) break;
            settled[u] = 1;
            for (int v : neighbours[u]) {
                if (dist[u] + 1 < dist[v]) {
                    dist[v] = dist[u] + 1;
                    parent[v] = u;
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
