# Smallest tail per length, binary search per element (bsearch_index). O(n log n).
# @param {Integer[]} nums
# @return {Integer}
def length_of_lis(nums)
  tails = []
  nums.each do |x|
    i = tails.bsearch_index { |t| t >= x } || tails.length
    tails[i] = x
  end
  tails.length
end
