class Solution {
    vector<int> parent, size;

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];  // path halving
            x = parent[x];
        }
        return x;
    }

public:
    int numIslands(vector<vector<int>>& grid) {
        int rows = grid.size();
        if (rows == 0) return 0;
        int cols = grid[0].size();
        parent.resize(rows * cols);
        iota(parent.begin(), parent.end(), 0);
        size.assign(rows * cols, 1);
        int components = 0;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                if (grid[r][c] != 1) continue;
                ++components;
                int cell = r * cols + c;
                int up = r > 0 && grid[r - 1][c] == 1 ? cell - cols : -1;
                int left = c > 0 && grid[r][c - 1] == 1 ? cell - 1 : -1;
                for (int other : {up, left}) {
                    if (other < 0) continue;
                    int a = find(cell), b = find(other);
                    if (a == b) continue;
                    if (size[a] < size[b]) swap(a, b);
                    parent[b] = a;
                    size[a] += size[b];
                    --components;
                }
            }
        }
        return components;
    }
};
