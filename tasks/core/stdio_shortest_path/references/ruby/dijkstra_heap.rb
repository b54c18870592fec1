# Dijkstra with a hand-written binary min-heap of [distance, node] pairs and lazy deletion
# (Ruby's standard library has no priority queue).
class MinHeap
  def initialize
    @items = []
  end

  def empty?
    @items.empty?
  end

  def push(dist, node)
    items = @items
    i = items.size
    items << nil
    while i.positive?
      parent = (i - 1) >> 1
      break if items[parent][0] <= dist

      items[i] = items[parent]
      i = parent
    end
    items[i] = [dist, node]
  end

  def pop
    items = @items
    top = items[0]
    last = items.pop
    return top if items.empty?

    i = 0
    size = items.size
    loop do
      child = 2 * i + 1
      break if child >= size

      child += 1 if child + 1 < size && items[child + 1][0] < items[child][0]
      break if items[child][0] >= last[0]

      items[i] = items[child]
      i = child
    end
    items[i] = last
    top
  end
end

tokens = $stdin.read.split.map(&:to_i)
n = tokens[0]
m = tokens[1]
adj = Array.new(n + 1) { [] }
m.times do |k|
  adj[tokens[2 + 3 * k]] << [tokens[3 + 3 * k], tokens[4 + 3 * k]]
end
dist = Array.new(n + 1, -1)
heap = MinHeap.new
heap.push(0, 1)
until heap.empty?
  d, u = heap.pop
  next if dist[u] >= 0

  dist[u] = d
  adj[u].each { |v, w| heap.push(d + w, v) if dist[v].negative? }
end
puts dist[1..].join(" ")
