# @param {Integer} n
# @param {Integer[][]} edges
# @param {Integer} source
# @param {Integer} target
# @return {Integer[]}
def shortest_path(n, edges, source, target)
  neighbours = Array.new(n) { [] }
  edges.each do |u, v|
    neighbours[u] << v
    neighbours[v] << u
  end
  parent = Array.new(n, -1)
  parent[source] = source
  queue = [source]
  head = 0
  while head < queue.length && parent[target].negative?
    u = queue[head]
    head += 1
    neighbours[u].each do |v|
      next unless parent[v].negative?

      parent[v] = u
      queue << v
    end
  end
  return [] if parent[target].negative?

  path = [target]
  path << parent[path[-1]] while path[-1] != source
  path.reverse
end
