# @param {Integer[]} nums
# @param {Integer} target
# @return {Integer[]}
def two_sum(nums, target)
  order = (0...nums.size).sort_by { |k| nums[k] }
  lo = 0
  hi = order.size - 1
  while lo < hi
    total = nums[order[lo]] + nums[order[hi]]
    return [order[lo], order[hi]].sort if total == target

    if total < target
      lo += 1
    else
      hi -= 1
    end
  end
  []
end
