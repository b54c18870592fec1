# @param {Integer[]} nums
# @param {Integer} k
# @return {Integer[]}
def subarray_with_sum(nums, k)
  first = { 0 => -1 } # prefix sum -> last index of the first prefix reaching it
  prefix = 0
  nums.each_with_index do |x, j|
    prefix += x
    i = first[prefix - k]
    return [i + 1, j] if i

    first[prefix] ||= j
  end
  []
end
