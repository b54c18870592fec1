# All-pairs shortest paths, O(n^3); only the source's row is used.
# @param {Integer[][]} times
# @param {Integer} n
# @param {Integer} k
# @return {Integer}
def network_delay_time(times, n, k)
  inf = Float::INFINITY
  dist = Array.new(n + 1) { Array.new(n + 1, inf) }
  (1..n).each { |i| dist[i][i] = 0 }
  times.each { |u, v, w| dist[u][v] = w if w < dist[u][v] }
  (1..n).each do |m|
    via = dist[m]
    (1..n).each do |i|
      row = dist[i]
      d_im = row[m]
      next if d_im == inf
      j = 1
      while j <= n
        d = d_im + via[j]
        row[j] = d if d < row[j]
        j += 1
      end
    end
  end
  worst = dist[k][1..].max
  worst == inf ? -1 : worst
end
