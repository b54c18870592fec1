class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        // Queue-based Bellman-Ford: only nodes whose distance just dropped relax their edges again.
        const int INF = INT_MAX / 2;
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& e : times) adj[e[0]].push_back({e[1], e[2]});
        vector<int> dist(n + 1, INF);
        vector<char> queued(n + 1, 0);
        deque<int> queue{k};
        dist[k] = 0;
        queued[k] = 1;
        while (!queue.empty()) {
            int u = queue.front();
            queue.pop_front();
            queued[u] = 0;
            for (auto [v, w] : adj[u]) {
                if (dist[u] + w < dist[v]) {
                    dist[v] = dist[u] + w;
                    if (!queued[v]) {
                        queued[v] = 1;
                        queue.push_back(v);
                    }
                }
            }
        }
        int worst = *max_element(dist.begin() + 1, dist.end());
        return worst >= INF ? -1 : worst;
    }
};
