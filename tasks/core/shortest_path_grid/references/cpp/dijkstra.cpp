class Solution {
public:
    int shortestPathGrid(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
        vector<vector<int>> dist(rows, vector<int>(cols, INT_MAX));
        // Min-heap of (distance, row, column); stale entries are skipped when they surface.
        priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;
        dist[0][0] = 0;
        heap.emplace(0, 0, 0);
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        while (!heap.empty()) {
            auto [d, r, c] = heap.top();
            heap.pop();
            if (d > dist[r][c]) continue;
            if (r == rows - 1 && c == cols - 1) return d;
            for (int i = 0; i < 4; ++i) {
                int nr = r + dr[i], nc = c + dc[i];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc]) continue;
                if (d + 1 < dist[nr][nc]) {
                    dist[nr][nc] = d + 1;
                    heap.emplace(d + 1, nr, nc);
                }
            }
        }
        return -1;
    }
};
