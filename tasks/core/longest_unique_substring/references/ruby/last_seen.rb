# @param {String} s
# @return {Integer}
def length_of_longest_substring(s)
  # last[c] is one past the last position of byte c, so the window start jumps straight there.
  last = Array.new(256, 0)
  best = start = 0
  s.each_byte.with_index do |c, i|
    start = last[c] if last[c] > start
    last[c] = i + 1
    best = i + 1 - start if i + 1 - start > best
  end
  best
end
