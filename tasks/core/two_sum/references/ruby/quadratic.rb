# @param {Integer[]} nums
# @param {Integer} target
# @return {Integer[]}
def two_sum(nums, target)
  # For each position, search the rest of the array for its complement.
  nums.each_with_index do |x, i|
    offset = nums[(i + 1)..].index(target - x)
    return [i, i + 1 + offset] if offset
  end
  []
end
