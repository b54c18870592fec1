class Solution:
    def shortestPathGrid(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] or grid[-1][-1]:
            return -1
        # Flatten with a wall column on the right: cell (r, c) is r * width + c, so the four
        # neighbours are +-1 and +-width, and the wall column stops rows from wrapping around.
        width = cols + 1
        dist = []
        for row in grid:
            dist += [-2 if v else -1 for v in row]
            dist.append(-2)  # -2 blocked, -1 unseen
        dist += [-2] * width
        target = (rows - 1) * width + cols - 1
        dist[0] = 0
        frontier = [0]
        steps = 0
        while frontier:
            if dist[target] >= 0:
                return dist[target]
            steps += 1
            following = []
            for cell in frontier:
                for nxt in (cell + 1, cell - 1, cell + width, cell - width):
                    if dist[nxt] == -1:  # negative indices land in the padding, which is blocked
                        dist[nxt] = steps
                        following.append(nxt)
            frontier = following
        return dist[target]
