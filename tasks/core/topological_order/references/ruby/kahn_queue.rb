# @param {Integer} n
# @param {Integer[][]} edges
# @return {Integer[]}
def topological_order(n, edges)
  after = Array.new(n) { [] }
  missing = Array.new(n, 0) # predecessors not yet placed, per node
  edges.each do |u, v|
    after[u] << v
    missing[v] += 1
  end
  order = (0...n).select { |u| missing[u].zero? } # doubles as the FIFO queue
  head = 0
  while head < order.length
    after[order[head]].each do |v|
      missing[v] -= 1
      order << v if missing[v].zero?
    end
    head += 1
  end
  order
end
