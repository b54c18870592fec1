class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        // Relax every edge, round after round, until a round changes nothing (at most n - 1 rounds).
        const int INF = INT_MAX / 2;
        vector<int> dist(n + 1, INF);
        dist[k] = 0;
        for (int round = 1; round < n; ++round) {
            bool changed = false;
            for (auto& e : times) {
                if (dist[e[0]] + e[2] < dist[e[1]]) {
                    dist[e[1]] = dist[e[0]] + e[2];
                    changed = true;
                }
            }
            if (!changed) break;
        }
        int worst = *max_element(dist.begin() + 1, dist.end());
        return worst >= INF ? -1 : worst;
    }
};
