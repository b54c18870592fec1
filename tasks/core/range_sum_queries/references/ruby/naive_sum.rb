# Each query sums its range (Array#sum over a slice): O(n + q * L) for queries of average length L.
tokens = $stdin.read.split.map(&:to_i)
n, q = tokens[0], tokens[1]
a = tokens[2, n]
out = Array.new(q) do |k|
  l = tokens[2 + n + 2 * k]
  r = tokens[3 + n + 2 * k]
  a[l - 1..r - 1].sum
end
puts out
