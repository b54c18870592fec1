# @param {String} s
# @return {Integer}
def length_of_longest_substring(s)
  # The window [left, right] holds no repeat; a repeat moves left past the earlier copy.
  bytes = s.bytes
  inside = Array.new(256, false) # the window's characters
  best = left = 0
  bytes.each_with_index do |c, right|
    while inside[c]
      inside[bytes[left]] = false
      left += 1
    end
    inside[c] = true
    best = right - left + 1 if right - left + 1 > best
  end
  best
end
