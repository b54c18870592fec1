class Solution {
public:
    int shortestPathGrid(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        if (grid[0][0] || grid[rows - 1][cols - 1]) return -1;
        if (rows == 1 && cols == 1) return 0;
        int n = rows * cols;
        // dist[side][cell]: steps from that side's corner, -1 unseen (side 0: start, side 1: target).
        vector<int> dist[2] = {vector<int>(n, -1), vector<int>(n, -1)};
        vector<int> fronts[2] = {{0}, {n - 1}};
        dist[0][0] = dist[1][n - 1] = 0;
        int depth[2] = {0, 0};
        vector<int> following;
        while (!fronts[0].empty() && !fronts[1].empty()) {
            int me = fronts[0].size() <= fronts[1].size() ? 0 : 1;  // grow the smaller frontier
            vector<int>& mine = dist[me];
            vector<int>& theirs = dist[1 - me];
            ++depth[me];
            int best = -1;
            following.clear();
            for (int cell : fronts[me]) {
                int r = cell / cols, c = cell % cols;
                int around[4][2] = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
                for (auto& rc : around) {
                    int nr = rc[0], nc = rc[1];
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc]) continue;
                    int next = nr * cols + nc;
                    if (mine[next] >= 0) continue;
                    mine[next] = depth[me];
                    following.push_back(next);
                    // The searches meet: finish the level, the shortest meeting wins.
                    if (theirs[next] >= 0 && (best < 0 || depth[me] + theirs[next] < best))
                        best = depth[me] + theirs[next];
                }
            }
            if (best >= 0) return best;
            fronts[me].swap(following);
        }
        return -1;
    }
};
