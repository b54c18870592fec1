# @param {String} s
# @return {Integer}
def longest_palindromic_substring(s)
  return 0 if s.empty?

  # Separators make every palindrome odd-length; -1 and -2 are sentinels that stop expansion.
  t = [-1, 0]
  s.each_byte { |c| t << c << 0 }
  t << -2
  m = t.size
  radius = Array.new(m, 0)
  center = right = best = 0
  i = 1
  while i < m - 1
    r = i < right ? [right - i, radius[2 * center - i]].min : 0
    r += 1 while t[i + r + 1] == t[i - r - 1]
    radius[i] = r
    if i + r > right
      center = i
      right = i + r
    end
    best = r if r > best
    i += 1
  end
  best
end
