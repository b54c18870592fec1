# @param {Integer[]} nums
# @return {Integer[]}
def product_except_self(nums)
  n = nums.length
  Array.new(n) do |i|
    product = 1
    j = 0
    while j < n
      product *= nums[j] if j != i
      j += 1
    end
    product
  end
end
