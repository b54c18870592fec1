class Solution:
    def shortestPathGrid(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] or grid[-1][-1]:
            return -1
        inf = float("inf")
        dist = [[inf] * cols for _ in range(rows)]
        dist[0][0] = 0
        heap = [(0, 0, 0)]
        while heap:
            d, r, c = heappop(heap)
            if d > dist[r][c]:
                continue  # a stale entry: the cell was settled with a shorter distance
            if r == rows - 1 and c == cols - 1:
                return d
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not grid[nr][nc] and d + 1 < dist[nr][nc]:
                    dist[nr][nc] = d + 1
                    heappush(heap, (d + 1, nr, nc))
        return -1
