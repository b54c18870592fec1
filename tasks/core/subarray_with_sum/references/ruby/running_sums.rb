# @param {Integer[]} nums
# @param {Integer} k
# @return {Integer[]}
def subarray_with_sum(nums, k)
  n = nums.length
  n.times do |i|
    total = 0
    (i...n).each do |j|
      total += nums[j]
      return [i, j] if total == k
    end
  end
  []
end
