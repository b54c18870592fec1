# @param {Integer[]} nums
# @return {Integer}
def single_number(nums)
  # per bit, (twos, ones) counts how often it was set, modulo 3: 00 -> 01 -> 10 -> 00;
  # Ruby integers are sign-extended two's complement, so negatives come out right
  ones = 0
  twos = 0
  nums.each do |x|
    ones = (ones ^ x) & ~twos
    twos = (twos ^ x) & ~ones
  end
  ones
end
