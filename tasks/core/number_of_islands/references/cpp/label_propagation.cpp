class Solution {
public:
    int numIslands(vector<vector<int>>& grid) {
        int rows = grid.size();
        if (rows == 0) return 0;
        int cols = grid[0].size();
        const int water = INT_MAX;
        vector<vector<int>> label(rows, vector<int>(cols));
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) label[r][c] = grid[r][c] == 1 ? r * cols + c : water;
        bool changed = true;
        while (changed) {
            changed = false;
            // forward sweep pulls small labels down and right, backward sweep up and left
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    int v = label[r][c];
                    if (v == water) continue;
                    if (r > 0) v = min(v, label[r - 1][c]);
                    if (c > 0) v = min(v, label[r][c - 1]);
                    if (v != label[r][c]) { label[r][c] = v; changed = true; }
                }
            for (int r = rows - 1; r >= 0; --r)
                for (int c = cols - 1; c >= 0; --c) {
                    int v = label[r][c];
                    if (v == water) continue;
                    if (r + 1 < rows) v = min(v, label[r + 1][c]);
                    if (c + 1 < cols) v = min(v, label[r][c + 1]);
                    if (v != label[r][c]) { label[r][c] = v; changed = true; }
                }
        }
        int islands = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) islands += label[r][c] == r * cols + c;
        return islands;
    }
};
