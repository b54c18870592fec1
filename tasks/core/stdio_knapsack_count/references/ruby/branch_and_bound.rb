# Depth-first branch and bound: items sorted by value per weight, the "take" branch explored first,
# and a branch cut when even the fractional (linear relaxation) bound of the remaining items cannot
# beat the best found. Exact on every input, exponential in the worst case.
data = $stdin.read.split.map(&:to_i)
n = data[0] || 0
capacity = data[1] || 0
items = Array.new(n) { |i| [data[2 + 2 * i], data[3 + 2 * i]] }.select { |w, _| w <= capacity }
items = items.each_with_index.sort_by { |(w, v), i| [-v.fdiv(w), i] }.map(&:first)
weights = items.map(&:first)
values = items.map(&:last)
count = items.size

# Greedy fill of the remaining items, the first one that does not fit taken fractionally.
bound = lambda do |i, room, value|
  while i < count && weights[i] <= room
    room -= weights[i]
    value += values[i]
    i += 1
  end
  i < count ? value + (room * values[i]).fdiv(weights[i]) : value
end

best = 0
stack = [[0, capacity, 0]]
until stack.empty?
  i, room, value = stack.pop
  best = value if value > best
  next if i == count || bound.call(i, room, value) <= best

  stack << [i + 1, room, value]
  stack << [i + 1, room - weights[i], value + values[i]] if weights[i] <= room
end
puts best
