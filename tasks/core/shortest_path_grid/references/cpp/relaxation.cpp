class Solution {
public:
    int shortestPathGrid(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
        const int inf = rows * cols + 1;
        vector<vector<int>> dist(rows, vector<int>(cols, inf));
        dist[0][0] = 0;
        bool changed = true;
        while (changed) {
            // One row-major sweep relaxing every open cell from its four neighbours. Steps down and
            // right travel a whole sweep; steps up or left only one cell per sweep.
            changed = false;
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < cols; ++c) {
                    if (grid[r][c]) continue;
                    int d = dist[r][c];
                    if (c > 0) d = min(d, dist[r][c - 1] + 1);
                    if (c + 1 < cols) d = min(d, dist[r][c + 1] + 1);
                    if (r > 0) d = min(d, dist[r - 1][c] + 1);
                    if (r + 1 < rows) d = min(d, dist[r + 1][c] + 1);
                    if (d < dist[r][c]) dist[r][c] = d, changed = true;
                }
            }
        }
        return dist[rows - 1][cols - 1] < inf ? dist[rows - 1][cols - 1] : -1;
    }
};
