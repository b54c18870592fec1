# @param {Integer[]} nums
# @param {Integer} k
# @return {Integer[]}
def max_sliding_window(nums, k)
  out = []
  start = 0
  while start + k <= nums.size
    best = nums[start]
    i = start + 1
    while i < start + k
      best = nums[i] if nums[i] > best
      i += 1
    end
    out << best
    start += 1
  end
  out
end
