# @param {Integer[]} nums
# @return {Integer[]}
def product_except_self(nums)
  n = nums.length
  answer = Array.new(n, 1)
  running = 1
  i = 0
  while i < n
    answer[i] = running # product of everything left of i
    running *= nums[i]
    i += 1
  end
  running = 1
  i = n - 1
  while i >= 0
    answer[i] *= running # times the product of everything right of i
    running *= nums[i]
    i -= 1
  end
  answer
end
