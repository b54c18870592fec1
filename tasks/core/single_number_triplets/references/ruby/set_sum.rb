# @param {Integer[]} nums
# @return {Integer}
def single_number(nums)
  # 3 * (sum of distinct values) counts the single value twice too often
  (3 * nums.uniq.sum - nums.sum) / 2
end
