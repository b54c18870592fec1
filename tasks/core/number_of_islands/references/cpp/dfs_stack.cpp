class Solution {
public:
    int numIslands(vector<vector<int>>& grid) {
        int rows = grid.size();
        if (rows == 0) return 0;
        int cols = grid[0].size();
        // flat copy with a water border, so neighbours need no bounds checks
        int width = cols + 1;
        vector<char> land((size_t)width * (rows + 2), 0);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) land[(size_t)(r + 1) * width + c] = (char)grid[r][c];
        vector<int> stack;
        int islands = 0;
        for (int start = width; start < width * (rows + 1); ++start) {
            if (!land[start]) continue;
            ++islands;
            land[start] = 0;
            stack.push_back(start);
            while (!stack.empty()) {
                int cell = stack.back();
                stack.pop_back();
                for (int nb : {cell - 1, cell + 1, cell - width, cell + width}) {
                    if (land[nb]) {
                        land[nb] = 0;
                        stack.push_back(nb);
                    }
                }
            }
        }
        return islands;
    }
};
