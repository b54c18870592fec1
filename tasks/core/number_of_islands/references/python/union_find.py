class Solution:
    def numIslands(self, grid: List[List[int]]) -> int:
        if not grid:
            return 0
        rows, cols = len(grid), len(grid[0])
        parent = list(range(rows * cols))
        size = [1] * (rows * cols)

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]  # path halving
                x = parent[x]
            return x

        components = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != 1:
                    continue
                components += 1
                cell = r * cols + c
                for nr, nc in ((r - 1, c), (r, c - 1)):
                    if nr >= 0 and nc >= 0 and grid[nr][nc] == 1:
                        a, b = find(cell), find(nr * cols + nc)
                        if a != b:
                            if size[a] < size[b]:
                                a, b = b, a
                            parent[b] = a
                            size[a] += size[b]
                            components -= 1
        return components
