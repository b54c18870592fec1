# @param {String} word1
# @param {String} word2
# @return {Integer}
def min_distance(word1, word2)
  word1, word2 = word2, word1 if word1.size < word2.size
  a = word1.bytes
  b = word2.bytes
  n = b.size
  previous = (0..n).to_a
  a.each_with_index do |ch, i|
    current = [i + 1]
    left = i + 1
    b.each_with_index do |other, j|
      if ch == other
        left = previous[j]
      else
        best = previous[j]
        best = previous[j + 1] if previous[j + 1] < best
        best = left if left < best
        left = best + 1
      end
      current << left
    end
    previous = current
  end
  previous[n]
end
