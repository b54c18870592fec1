class Solution:
    def shortestPathGrid(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] or grid[-1][-1]:
            return -1
        if rows == 1 and cols == 1:
            return 0
        # dist[side][r][c]: steps from that side's corner, -1 unseen (side 0: start, side 1: target).
        dist = [[[-1] * cols for _ in range(rows)] for _ in range(2)]
        dist[0][0][0] = dist[1][rows - 1][cols - 1] = 0
        fronts = [[(0, 0)], [(rows - 1, cols - 1)]]
        depth = [0, 0]
        while fronts[0] and fronts[1]:
            me = 0 if len(fronts[0]) <= len(fronts[1]) else 1  # grow the smaller frontier
            mine, theirs = dist[me], dist[1 - me]
            depth[me] += 1
            best = -1
            following = []
            for r, c in fronts[me]:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and not grid[nr][nc] and mine[nr][nc] < 0:
                        mine[nr][nc] = depth[me]
                        following.append((nr, nc))
                        if theirs[nr][nc] >= 0:
                            # The searches meet: finish the level, the shortest meeting wins.
                            total = depth[me] + theirs[nr][nc]
                            if best < 0 or total < best:
                                best = total
            if best >= 0:
                return best
            fronts[me] = following
        return -1
