# @param {String} s
# @return {Integer}
def longest_palindromic_substring(s)
  b = s.bytes
  n = b.size
  best = 0
  i = 0
  while i < n
    j = i + best
    while j < n
      # s[i..j] is longer than the best so far: check it from both ends.
      lo = i
      hi = j
      while lo < hi && b[lo] == b[hi]
        lo += 1
        hi -= 1
      end
      best = j - i + 1 if lo >= hi
      j += 1
    end
    i += 1
  end
  best
end
