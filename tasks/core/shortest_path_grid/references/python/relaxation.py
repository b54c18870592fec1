class Solution:
    def shortestPathGrid(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] or grid[-1][-1]:
            return -1
        inf = rows * cols + 1
        dist = [[inf] * cols for _ in range(rows)]
        dist[0][0] = 0
        changed = True
        while changed:
            # One row-major sweep relaxing every open cell from its four neighbours. Steps down and
            # right travel a whole sweep; steps up or left only one cell per sweep.
            changed = False
            for r in range(rows):
                row, above = dist[r], dist[r - 1] if r else None
                below = dist[r + 1] if r + 1 < rows else None
                cells = grid[r]
                for c in range(cols):
                    if cells[c]:
                        continue
                    d = row[c]
                    if c and row[c - 1] + 1 < d:
                        d = row[c - 1] + 1
                    if c + 1 < cols and row[c + 1] + 1 < d:
                        d = row[c + 1] + 1
                    if above and above[c] + 1 < d:
                        d = above[c] + 1
                    if below and below[c] + 1 < d:
                        d = below[c] + 1
                    if d < row[c]:
                        row[c] = d
                        changed = True
        return dist[-1][-1] if dist[-1][-1] < inf else -1
