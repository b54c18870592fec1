# @param {Integer[]} nums
# @return {Integer}
def count_powers_of_two(nums)
  # x & (x - 1) clears the lowest set bit; only a single-bit value becomes zero.
  nums.count { |x| x.positive? && (x & (x - 1)).zero? }
end
