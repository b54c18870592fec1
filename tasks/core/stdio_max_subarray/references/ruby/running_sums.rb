# A running sum from every start gives each of its subarrays in O(1): O(n^2) time.
n, *a = $stdin.read.split.map(&:to_i)
best = a[0]
i = 0
while i < n
  total = 0
  j = i
  while j < n
    total += a[j]
    best = total if total > best
    j += 1
  end
  i += 1
end
puts best
