# Merge sort counting, for each right element placed early, the larger left elements it jumps over.
def sort_count(a)
  n = a.size
  return [a, 0] if n < 2

  mid = n / 2
  left, count_left = sort_count(a[0, mid])
  right, count_right = sort_count(a[mid, n - mid])
  count = count_left + count_right
  merged = Array.new(n)
  i = j = k = 0
  nl = left.size
  nr = right.size
  while i < nl && j < nr
    if left[i] <= right[j]
      merged[k] = left[i]
      i += 1
    else
      count += nl - i
      merged[k] = right[j]
      j += 1
    end
    k += 1
  end
  while i < nl
    merged[k] = left[i]
    i += 1
    k += 1
  end
  while j < nr
    merged[k] = right[j]
    j += 1
    k += 1
  end
  [merged, count]
end

tokens = $stdin.read.split.map(&:to_i)
n = tokens[0]
puts sort_count(tokens[1, n] || [])[1]
