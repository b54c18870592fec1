# Compare every pair: O(n^2).
tokens = $stdin.read.split.map(&:to_i)
n = tokens[0]
a = tokens[1, n]
count = 0
i = 0
while i < n
  x = a[i]
  j = i + 1
  while j < n
    count += 1 if a[j] < x
    j += 1
  end
  i += 1
end
puts count
