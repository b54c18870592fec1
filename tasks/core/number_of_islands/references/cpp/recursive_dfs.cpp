class Solution {
    int rows = 0, cols = 0;
    vector<vector<int>>* map = nullptr;
    vector<vector<char>> seen;

    void flood(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols || seen[r][c] || (*map)[r][c] != 1) return;
        seen[r][c] = 1;
        flood(r - 1, c);
        flood(r + 1, c);
        flood(r, c - 1);
        flood(r, c + 1);
    }

public:
    int numIslands(vector<vector<int>>& grid) {
        rows = grid.size();
        if (rows == 0) return 0;
        cols = grid[0].size();
        map = &grid;
        seen.assign(rows, vector<char>(cols, 0));
        int islands = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                if (grid[r][c] == 1 && !seen[r][c]) {
                    ++islands;
                    flood(r, c);
                }
        return islands;
    }
};
