# best[i]: longest increasing subsequence ending at i, from every earlier position. O(n^2).
# @param {Integer[]} nums
# @return {Integer}
def length_of_lis(nums)
  n = nums.length
  best = Array.new(n, 1)
  i = 0
  while i < n
    x = nums[i]
    b = 1
    j = 0
    while j < i
      b = best[j] + 1 if nums[j] < x && best[j] >= b
      j += 1
    end
    best[i] = b
    i += 1
  end
  best.max || 0
end
