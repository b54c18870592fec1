class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        const int INF = INT_MAX;
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& e : times) adj[e[0]].push_back({e[1], e[2]});
        vector<int> dist(n + 1, INF);
        vector<bool> done(n + 1, false);
        dist[k] = 0;
        int worst = 0;
        for (int round = 0; round < n; ++round) {
            int node = -1;
            for (int v = 1; v <= n; ++v)
                if (!done[v] && dist[v] != INF && (node == -1 || dist[v] < dist[node])) node = v;
            if (node == -1) return -1;
            done[node] = true;
            worst = max(worst, dist[node]);
            for (auto [v, w] : adj[node])
                if (dist[node] + w < dist[v]) dist[v] = dist[node] + w;
        }
        return worst;
    }
};
