from collections import deque


class Solution:
    def numIslands(self, grid: List[List[int]]) -> int:
        if not grid:
            return 0
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        islands = 0
        for r0 in range(rows):
            row = grid[r0]
            for c0 in range(cols):
                if row[c0] != 1 or seen[r0][c0]:
                    continue
                islands += 1
                seen[r0][c0] = True
                queue = deque([(r0, c0)])
                while queue:
                    r, c = queue.popleft()
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and not seen[nr][nc]:
                            seen[nr][nc] = True
                            queue.append((nr, nc))
        return islands
