class Solution {
public:
    int shortestPathGrid(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
        // Flatten into a padded array: a ring of blocked cells removes every bounds check.
        int width = cols + 2;
        vector<int> dist((rows + 2) * width, -2);  // -2 blocked, -1 unseen
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                if (!grid[r][c]) dist[(r + 1) * width + c + 1] = -1;
        int start = width + 1, target = rows * width + cols;
        vector<int> queue;
        queue.reserve(rows * cols);
        queue.push_back(start);
        dist[start] = 0;
        const int moves[4] = {1, -1, width, -width};
        for (size_t head = 0; head < queue.size(); ++head) {
            int cell = queue[head];
            if (cell == target) return dist[cell];
            for (int m : moves) {
                int next = cell + m;
                if (dist[next] == -1) {
                    dist[next] = dist[cell] + 1;
                    queue.push_back(next);
                }
            }
        }
        return -1;
    }
};
