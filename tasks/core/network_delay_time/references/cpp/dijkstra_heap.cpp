class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& e : times) adj[e[0]].push_back({e[1], e[2]});
        vector<int> dist(n + 1, -1);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
        heap.push({0, k});
        int reached = 0, worst = 0;
        while (!heap.empty()) {
            auto [d, u] = heap.top();
            heap.pop();
            if (dist[u] != -1) continue;
            dist[u] = d;
            ++reached;
            worst = d;
            for (auto [v, w] : adj[u])
                if (dist[v] == -1) heap.push({d + w, v});
        }
        return reached == n ? worst : -1;
    }
};
