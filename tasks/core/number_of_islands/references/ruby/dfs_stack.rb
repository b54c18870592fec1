# @param {Integer[][]} grid
# @return {Integer}
def num_islands(grid)
  return 0 if grid.empty?
  rows = grid.size
  cols = grid[0].size
  width = cols + 1 # a water column closes every row
  land = Array.new(width * (rows + 2), false)
  grid.each_with_index do |row, r|
    base = (r + 1) * width
    row.each_with_index { |v, c| land[base + c] = true if v == 1 }
  end
  islands = 0
  (width...(width * (rows + 1))).each do |start|
    next unless land[start]
    islands += 1
    land[start] = false
    stack = [start]
    until stack.empty?
      cell = stack.pop
      [cell - 1, cell + 1, cell - width, cell + width].each do |nb|
        if land[nb]
          land[nb] = false
          stack << nb
        end
      end
    end
  end
  islands
end
