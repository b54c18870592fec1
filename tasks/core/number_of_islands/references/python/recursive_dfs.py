class Solution:
    def numIslands(self, grid: List[List[int]]) -> int:
        if not grid:
            return 0
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]

        def flood(r, c):
            if r < 0 or r >= rows or c < 0 or c >= cols or seen[r][c] or grid[r][c] != 1:
                return
            seen[r][c] = True
            flood(r - 1, c)
            flood(r + 1, c)
            flood(r, c - 1)
            flood(r, c + 1)

        islands = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1 and not seen[r][c]:
                    islands += 1
                    flood(r, c)
        return islands
