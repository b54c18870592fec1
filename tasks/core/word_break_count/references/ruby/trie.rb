# @param {String} s
# @param {String[]} word_dict
# @return {Integer}
def word_break_count(s, word_dict)
  mod = 1_000_000_007
  # Trie as an array of hashes keyed by byte; ends[node] marks the end of a word.
  children = [{}]
  ends = [false]
  word_dict.each do |word|
    node = 0
    word.each_byte do |ch|
      nxt = children[node][ch]
      unless nxt
        nxt = children.size
        children[node][ch] = nxt
        children << {}
        ends << false
      end
      node = nxt
    end
    ends[node] = true
  end
  text = s.bytes
  n = text.size
  ways = Array.new(n + 1, 0)
  ways[0] = 1
  i = 0
  while i < n
    w = ways[i]
    if w != 0
      # Walk the trie along s from i: every word end reached is one more way to continue.
      node = 0
      j = i
      while j < n
        node = children[node][text[j]]
        break unless node

        ways[j + 1] = (ways[j + 1] + w) % mod if ends[node]
        j += 1
      end
    end
    i += 1
  end
  ways[n]
end
