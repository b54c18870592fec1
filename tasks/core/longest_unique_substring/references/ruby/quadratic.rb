# @param {String} s
# @return {Integer}
def length_of_longest_substring(s)
  # From every start, extend until a character repeats.
  bytes = s.bytes
  n = bytes.size
  best = 0
  n.times do |i|
    seen = Array.new(128, false)
    j = i
    while j < n && !seen[bytes[j]]
      seen[bytes[j]] = true
      j += 1
    end
    best = j - i if j - i > best
  end
  best
end
