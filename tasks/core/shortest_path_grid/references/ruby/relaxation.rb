# @param {Integer[][]} grid
# @return {Integer}
def shortest_path_grid(grid)
  rows = grid.size
  cols = grid[0].size
  return -1 if grid[0][0] == 1 || grid[rows - 1][cols - 1] == 1

  inf = rows * cols + 1
  dist = Array.new(rows) { Array.new(cols, inf) }
  dist[0][0] = 0
  changed = true
  while changed
    # One row-major sweep relaxing every open cell from its four neighbours; steps up or left
    # travel only one cell per sweep.
    changed = false
    r = 0
    while r < rows
      row = dist[r]
      above = r > 0 ? dist[r - 1] : nil
      below = r + 1 < rows ? dist[r + 1] : nil
      cells = grid[r]
      c = 0
      while c < cols
        if cells[c].zero?
          d = row[c]
          d = row[c - 1] + 1 if c > 0 && row[c - 1] + 1 < d
          d = row[c + 1] + 1 if c + 1 < cols && row[c + 1] + 1 < d
          d = above[c] + 1 if above && above[c] + 1 < d
          d = below[c] + 1 if below && below[c] + 1 < d
          if d < row[c]
            row[c] = d
            changed = true
          end
        end
        c += 1
      end
      r += 1
    end
  end
  dist[rows - 1][cols - 1] < inf ? dist[rows - 1][cols - 1] : -1
end
