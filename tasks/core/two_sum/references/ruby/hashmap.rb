# @param {Integer[]} nums
# @param {Integer} target
# @return {Integer[]}
def two_sum(nums, target)
  seen = {}
  nums.each_with_index do |x, j|
    i = seen[target - x]
    return [i, j] if i
    seen[x] ||= j
  end
  []
end
