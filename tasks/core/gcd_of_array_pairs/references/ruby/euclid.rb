# @param {Integer[]} nums
# @return {Integer}
def gcd_pair_sum(nums)
  # Integer#gcd is Euclid's algorithm in C.
  total = 0
  nums.each_cons(2) { |a, b| total += a.gcd(b) }
  total
end
