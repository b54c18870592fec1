# @param {String[]} strs
# @return {Integer}
def group_anagram_count(strs)
  representatives = [] # letter counts of one word per group found so far, packed into strings
  strs.each do |word|
    counts = Array.new(26, 0)
    word.each_byte { |b| counts[b - 97] += 1 }
    key = counts.pack("C*")
    representatives << key unless representatives.include?(key)
  end
  representatives.length
end
