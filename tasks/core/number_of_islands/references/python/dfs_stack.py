class Solution:
    def numIslands(self, grid: List[List[int]]) -> int:
        if not grid:
            return 0
        rows, cols = len(grid), len(grid[0])
        # flat copy with a water border column, so neighbours never need bounds checks
        width = cols + 1
        land = bytearray(width * (rows + 2))
        for r in range(rows):
            base = (r + 1) * width
            land[base:base + cols] = bytes(grid[r])
        islands = 0
        for start in range(width, width * (rows + 1)):
            if not land[start]:
                continue
            islands += 1
            land[start] = 0
            stack = [start]
            while stack:
                cell = stack.pop()
                for nb in (cell - 1, cell + 1, cell - width, cell + width):
                    if land[nb]:
                        land[nb] = 0
                        stack.append(nb)
        return islands
