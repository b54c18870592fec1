class Solution:
    def numIslands(self, grid: List[List[int]]) -> int:
        if not grid:
            return 0
        rows, cols = len(grid), len(grid[0])
        big = rows * cols
        # every land cell starts with its own index as label; water holds `big`
        label = [[r * cols + c if grid[r][c] == 1 else big for c in range(cols)] for r in range(rows)]
        changed = True
        while changed:
            changed = False
            # forward sweep pulls small labels down and right, backward sweep up and left
            for r in range(rows):
                for c in range(cols):
                    v = label[r][c]
                    if v == big:
                        continue
                    if r > 0 and label[r - 1][c] < v:
                        v = label[r - 1][c]
                    if c > 0 and label[r][c - 1] < v:
                        v = label[r][c - 1]
                    if v != label[r][c]:
                        label[r][c] = v
                        changed = True
            for r in range(rows - 1, -1, -1):
                for c in range(cols - 1, -1, -1):
                    v = label[r][c]
                    if v == big:
                        continue
                    if r + 1 < rows and label[r + 1][c] < v:
                        v = label[r + 1][c]
                    if c + 1 < cols and label[r][c + 1] < v:
                        v = label[r][c + 1]
                    if v != label[r][c]:
                        label[r][c] = v
                        changed = True
        # a cell keeps its own index exactly when it has the smallest index of its island
        return sum(1 for r in range(rows) for c in range(cols) if label[r][c] == r * cols + c)
