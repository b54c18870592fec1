class Solution:
    def shortestPathGrid(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] or grid[-1][-1]:
            return -1
        tr, tc = rows - 1, cols - 1
        best = [[-1] * cols for _ in range(rows)]  # best known steps to each cell, -1 none yet
        best[0][0] = 0
        # Ordered by steps + Manhattan distance to the target, which never overestimates.
        heap = [(tr + tc, 0, 0, 0)]
        while heap:
            _, g, r, c = heappop(heap)
            if g > best[r][c]:
                continue
            if r == tr and c == tc:
                return g
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not grid[nr][nc]:
                    if best[nr][nc] < 0 or g + 1 < best[nr][nc]:
                        best[nr][nc] = g + 1
                        heappush(heap, (g + 1 + tr - nr + tc - nc, g + 1, nr, nc))
        return -1
