# @param {Integer} n
# @param {Integer[][]} edges
# @param {Integer} source
# @param {Integer} target
# @return {Integer[]}
def shortest_path(n, edges, source, target)
  unreached = n # longer than any path
  dist = Array.new(n, unreached)
  parent = Array.new(n, -1)
  dist[source] = 0
  changed = true
  while changed # Bellman-Ford: relax every edge, both ways, until a round changes nothing
    changed = false
    edges.each do |u, v|
      if dist[u] + 1 < dist[v]
        dist[v] = dist[u] + 1
        parent[v] = u
        changed = true
      elsif dist[v] + 1 < dist[u]
        dist[u] = dist[v] + 1
        parent[u] = v
        changed = true
      end
    end
  end
  return [] if dist[target] == unreached

  path = [target]
  path << parent[path[-1]] while path[-1] != source
  path.reverse
end
