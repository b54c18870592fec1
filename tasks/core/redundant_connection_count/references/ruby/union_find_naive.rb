# @param {Integer} n
# @param {Integer[][]} edges
# @return {Integer}
def count_redundant_connections(n, edges)
  parent = Array.new(n) { |x| x }
  redundant = 0
  edges.each do |u, v|
    u = parent[u] while parent[u] != u
    v = parent[v] while parent[v] != v
    if u == v
      redundant += 1
    else
      parent[u] = v # no balancing and no compression: trees may grow as deep as n
    end
  end
  redundant
end
