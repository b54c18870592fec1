class Solution:
    def numIslands(self, grid: List[List[int]]) -> int:
        land = {(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 1}
        islands = 0
        while land:
            islands += 1
            stack = [land.pop()]
            while stack:
                r, c = stack.pop()
                for cell in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if cell in land:
                        land.remove(cell)
                        stack.append(cell)
        return islands
