# Bellman-Ford with an early exit: stop after the first pass that improves nothing.
tokens = $stdin.read.split.map(&:to_i)
n = tokens[0]
m = tokens[1]
from = Array.new(m) { |k| tokens[2 + 3 * k] }
to = Array.new(m) { |k| tokens[3 + 3 * k] }
cost = Array.new(m) { |k| tokens[4 + 3 * k] }
inf = 1 << 62
dist = Array.new(n + 1, inf)
dist[1] = 0
(n - 1).times do
  changed = false
  k = 0
  while k < m
    d = dist[from[k]] + cost[k]
    if d < dist[to[k]]
      dist[to[k]] = d
      changed = true
    end
    k += 1
  end
  break unless changed
end
puts dist[1..].map { |d| d >= inf ? -1 : d }.join(" ")
