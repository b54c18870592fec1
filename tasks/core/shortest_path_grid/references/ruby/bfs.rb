# @param {Integer[][]} grid
# @return {Integer}
def shortest_path_grid(grid)
  rows = grid.size
  cols = grid[0].size
  return -1 if grid[0][0] == 1 || grid[rows - 1][cols - 1] == 1

  dist = Array.new(rows) { Array.new(cols, -1) }
  dist[0][0] = 0
  frontier = [[0, 0]]
  steps = 0
  until frontier.empty?
    return dist[rows - 1][cols - 1] if dist[rows - 1][cols - 1] >= 0

    steps += 1
    following = []
    frontier.each do |r, c|
      [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]].each do |nr, nc|
        next if nr.negative? || nr >= rows || nc.negative? || nc >= cols
        next if grid[nr][nc] == 1 || dist[nr][nc] >= 0

        dist[nr][nc] = steps
        following << [nr, nc]
      end
    end
    frontier = following
  end
  dist[rows - 1][cols - 1]
end
