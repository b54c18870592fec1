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
  placed = Array.new(n, false)
  order = []
  n.times do
    u = 0
    u += 1 while placed[u] || missing[u] != 0 # rescan from 0 for the first node that is ready
    placed[u] = true
    order << u
    after[u].each { |v| missing[v] -= 1 }
  end
  order
end
