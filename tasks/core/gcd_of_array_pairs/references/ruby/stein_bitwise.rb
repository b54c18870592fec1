# @param {Integer[]} nums
# @return {Integer}
def gcd_pair_sum(nums)
  total = 0
  (0...nums.size - 1).each do |i|
    a = nums[i]
    b = nums[i + 1]
    if a.zero? || b.zero?
      total += a | b
      next
    end
    shift = 0
    while ((a | b) & 1).zero? # common factors of two, one at a time
      a >>= 1
      b >>= 1
      shift += 1
    end
    a >>= 1 while (a & 1).zero?
    until b.zero?
      b >>= 1 while (b & 1).zero?
      a, b = b, a if a > b
      b -= a # both odd: the difference is even
    end
    total += a << shift
  end
  total
end
