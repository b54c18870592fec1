# Sums of blocks of about sqrt(n) values: a query adds the whole blocks it covers and walks at most
# two partial ones value by value, O(n + q * sqrt(n)) interpreted steps.
tokens = $stdin.read.split.map(&:to_i)
n, q = tokens[0], tokens[1]
a = tokens[2, n]
size = [Math.sqrt(n).to_i, 1].max
blocks = Array.new((n + size - 1) / size, 0)
a.each_with_index { |x, i| blocks[i / size] += x }
out = Array.new(q) do |k|
  pos = 2 + n + 2 * k
  left = tokens[pos] - 1
  right = tokens[pos + 1] # half-open [left, right)
  first = (left + size - 1) / size # whole blocks [first, last)
  last = right / size
  if first >= last
    (left...right).sum { |i| a[i] }
  else
    (left...first * size).sum { |i| a[i] } + (first...last).sum { |b| blocks[b] } +
      (last * size...right).sum { |i| a[i] }
  end
end
puts out
