# Sorted copy of `a` and its inversions: those inside each half plus the left values each right
# value jumps over while merging. O(n log n).
def sort_count(a)
  return [a, 0] if a.length <= 1

  mid = a.length / 2
  left, x = sort_count(a[0, mid])
  right, y = sort_count(a[mid..])
  count = x + y
  merged = []
  i = j = 0
  while i < left.length && j < right.length
    if right[j] < left[i]
      merged << right[j]
      count += left.length - i
      j += 1
    else
      merged << left[i]
      i += 1
    end
  end
  merged.concat(left[i..]).concat(right[j..])
  [merged, count]
end

tokens = $stdin.read.split.map(&:to_i)
n = tokens[0]
puts sort_count(tokens[1, n])[1]
