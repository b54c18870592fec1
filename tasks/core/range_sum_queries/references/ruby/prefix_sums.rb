# Prefix sums answer each query in O(1).
tokens = $stdin.read.split.map(&:to_i)
n, q = tokens[0], tokens[1]
prefix = Array.new(n + 1, 0)
(1..n).each { |i| prefix[i] = prefix[i - 1] + tokens[1 + i] }
out = Array.new(q) do |k|
  pos = 2 + n + 2 * k
  prefix[tokens[pos + 1]] - prefix[tokens[pos] - 1]
end
puts out
