class Solution {
public:
    int numIslands(vector<vector<int>>& grid) {
        int rows = grid.size();
        if (rows == 0) return 0;
        int cols = grid[0].size();
        vector<vector<bool>> seen(rows, vector<bool>(cols, false));
        int islands = 0;
        queue<pair<int, int>> frontier;
        const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
        for (int r0 = 0; r0 < rows; ++r0) {
            for (int c0 = 0; c0 < cols; ++c0) {
                if (grid[r0][c0] != 1 || seen[r0][c0]) continue;
                ++islands;
                seen[r0][c0] = true;
                frontier.emplace(r0, c0);
                while (!frontier.empty()) {
                    auto [r, c] = frontier.front();
                    frontier.pop();
                    for (int d = 0; d < 4; ++d) {
                        int nr = r + dr[d], nc = c + dc[d];
                        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == 1 && !seen[nr][nc]) {
                            seen[nr][nc] = true;
                            frontier.emplace(nr, nc);
                        }
                    }
                }
            }
        }
        return islands;
    }
};
