# @param {Integer[]} nums
# @param {Integer} k
# @return {Integer}
def top_k_frequent_sum(nums, k)
  # tally counts each value; [count, value] sorted descending applies the tie rule.
  ranked = nums.tally.map { |v, c| [c, v] }.sort!.reverse!
  ranked.first(k).sum { |_, v| v }
end
