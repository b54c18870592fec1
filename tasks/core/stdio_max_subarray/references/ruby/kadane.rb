# Best sum ending at each position, extended or restarted: O(n) time, O(1) extra space.
n, *values = $stdin.read.split.map(&:to_i)
best = current = values[0]
(1...n).each do |i|
  x = values[i]
  current = current.positive? ? current + x : x
  best = current if current > best
end
puts best
