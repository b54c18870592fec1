# Dijkstra picking the closest unfinished node by a linear scan: O(n^2 + E).
# @param {Integer[][]} times
# @param {Integer} n
# @param {Integer} k
# @return {Integer}
def network_delay_time(times, n, k)
  adj = Array.new(n + 1) { [] }
  times.each { |u, v, w| adj[u] << [v, w] }
  inf = Float::INFINITY
  dist = Array.new(n + 1, inf)
  done = Array.new(n + 1, false)
  dist[k] = 0
  worst = 0
  n.times do
    node = -1
    best = inf
    (1..n).each do |v|
      if !done[v] && dist[v] < best
        best = dist[v]
        node = v
      end
    end
    return -1 if node == -1
    done[node] = true
    worst = best if best > worst
    adj[node].each do |v, w|
      dist[v] = best + w if best + w < dist[v]
    end
  end
  worst
end
