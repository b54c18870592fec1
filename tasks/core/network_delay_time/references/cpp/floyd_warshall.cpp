class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        const int INF = INT_MAX / 2;
        vector<vector<int>> dist(n + 1, vector<int>(n + 1, INF));
        for (int i = 1; i <= n; ++i) dist[i][i] = 0;
        for (auto& e : times) dist[e[0]][e[1]] = min(dist[e[0]][e[1]], e[2]);
        for (int m = 1; m <= n; ++m)
            for (int i = 1; i <= n; ++i) {
                if (dist[i][m] == INF) continue;
                for (int j = 1; j <= n; ++j)
                    dist[i][j] = min(dist[i][j], dist[i][m] + dist[m][j]);
            }
        int worst = 0;
        for (int v = 1; v <= n; ++v) worst = max(worst, dist[k][v]);
        return worst >= INF ? -1 : worst;
    }
};
