# @param {String} word1
# @param {String} word2
# @return {Integer}
def min_distance(word1, word2)
  m = word1.size
  n = word2.size
  table = Array.new(m + 1) { Array.new(n + 1, 0) }
  (0..m).each { |i| table[i][0] = i }
  (0..n).each { |j| table[0][j] = j }
  (1..m).each do |i|
    (1..n).each do |j|
      table[i][j] =
        if word1[i - 1] == word2[j - 1]
          table[i - 1][j - 1]
        else
          1 + [table[i - 1][j - 1], table[i - 1][j], table[i][j - 1]].min
        end
    end
  end
  table[m][n]
end
