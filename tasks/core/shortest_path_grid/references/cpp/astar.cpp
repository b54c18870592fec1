class Solution {
public:
    int shortestPathGrid(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
        int tr = rows - 1, tc = cols - 1;
        vector<vector<int>> best(rows, vector<int>(cols, INT_MAX));
        // Ordered by steps + Manhattan distance to the target, which never overestimates.
        priority_queue<array<int, 4>, vector<array<int, 4>>, greater<>> heap;  // (f, g, row, column)
        best[0][0] = 0;
        heap.push({tr + tc, 0, 0, 0});
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        while (!heap.empty()) {
            auto [f, g, r, c] = heap.top();
            heap.pop();
            if (g > best[r][c]) continue;
            if (r == tr && c == tc) return g;
            for (int i = 0; i < 4; ++i) {
                int nr = r + dr[i], nc = c + dc[i];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc]) continue;
                if (g + 1 < best[nr][nc]) {
                    best[nr][nc] = g + 1;
                    heap.push({g + 1 + tr - nr + tc - nc, g + 1, nr, nc});
                }
            }
        }
        return -1;
    }
};
