# @param {Integer[][]} grid
# @return {Integer}
def num_islands(grid)
  return 0 if grid.empty?
  rows = grid.size
  cols = grid[0].size
  water = rows * cols
  label = Array.new(rows) { |r| Array.new(cols) { |c| grid[r][c] == 1 ? r * cols + c : water } }
  changed = true
  while changed
    changed = false
    rows.times do |r|
      cur = label[r]
      up = r > 0 ? label[r - 1] : nil
      cols.times do |c|
        v = cur[c]
        next if v == water
        v = up[c] if up && up[c] < v
        v = cur[c - 1] if c > 0 && cur[c - 1] < v
        if v != cur[c]
          cur[c] = v
          changed = true
        end
      end
    end
    (rows - 1).downto(0) do |r|
      cur = label[r]
      down = r + 1 < rows ? label[r + 1] : nil
      (cols - 1).downto(0) do |c|
        v = cur[c]
        next if v == water
        v = down[c] if down && down[c] < v
        v = cur[c + 1] if c + 1 < cols && cur[c + 1] < v
        if v != cur[c]
          cur[c] = v
          changed = true
        end
      end
    end
  end
  islands = 0
  rows.times { |r| cols.times { |c| islands += 1 if label[r][c] == r * cols + c } }
  islands
end
