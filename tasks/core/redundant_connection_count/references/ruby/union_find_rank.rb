# @param {Integer} n
# @param {Integer[][]} edges
# @return {Integer}
def count_redundant_connections(n, edges)
  parent = Array.new(n) { |x| x }
  size = Array.new(n, 1)
  redundant = 0
  edges.each do |u, v|
    u = parent[u] = parent[parent[u]] while parent[u] != u # path halving
    v = parent[v] = parent[parent[v]] while parent[v] != v
    if u == v
      redundant += 1
      next
    end
    u, v = v, u if size[u] < size[v]
    parent[v] = u # union by size keeps trees shallow
    size[u] += size[v]
  end
  redundant
end
