require "set"

# @param {String} s
# @param {String[]} word_dict
# @return {Integer}
def word_break_count(s, word_dict)
  mod = 1_000_000_007
  words = word_dict.to_set
  n = s.size
  ways = Array.new(n + 1, 0) # ways[j]: segmentations of s[0, j]
  ways[0] = 1
  (1..n).each do |j|
    total = 0
    i = 0
    while i < j
      total += ways[i] if ways[i] != 0 && words.include?(s[i, j - i])
      i += 1
    end
    ways[j] = total % mod
  end
  ways[n]
end
