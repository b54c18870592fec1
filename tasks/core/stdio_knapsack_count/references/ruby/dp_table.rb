# The textbook 2-D table: table[i][c] = best value using the first i items within capacity c.
# O(n * W) time and O(n * W) memory.
data = $stdin.read.split.map(&:to_i)
n = data[0] || 0
capacity = data[1] || 0
table = [Array.new(capacity + 1, 0)]
(1..n).each do |i|
  w = data[2 * i]
  v = data[2 * i + 1]
  previous = table[i - 1]
  row = Array.new(capacity + 1)
  c = 0
  while c <= capacity
    keep = previous[c]
    keep = previous[c - w] + v if c >= w && previous[c - w] + v > keep
    row[c] = keep
    c += 1
  end
  table << row
end
puts table[n][capacity]
