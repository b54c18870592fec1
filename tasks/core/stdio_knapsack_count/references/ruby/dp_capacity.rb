# 1-D DP over capacity, capacities scanned downwards so each item is used at most once.
# O(n * W) time, O(W) memory.
data = $stdin.read.split.map(&:to_i)
n = data[0] || 0
capacity = data[1] || 0
best = Array.new(capacity + 1, 0)
n.times do |i|
  w = data[2 + 2 * i]
  v = data[3 + 2 * i]
  c = capacity
  while c >= w
    candidate = best[c - w] + v
    best[c] = candidate if candidate > best[c]
    c -= 1
  end
end
puts best[capacity]
