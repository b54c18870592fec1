require 'set'

# @param {String} s
# @return {Integer}
def length_of_longest_substring(s)
  # The window [left, right] holds no repeat; a repeat moves left past the earlier copy.
  window = Set.new
  best = left = 0
  s.each_char.with_index do |c, right|
    until window.add?(c)
      window.delete(s[left])
      left += 1
    end
    best = right - left + 1 if right - left + 1 > best
  end
  best
end
