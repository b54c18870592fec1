# @param {String[]} strs
# @return {Integer}
def group_anagram_count(strs)
  strs.map { |word| word.chars.sort.join }.uniq.length
end
