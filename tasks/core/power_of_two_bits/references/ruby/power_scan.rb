# @param {Integer[]} nums
# @return {Integer}
def count_powers_of_two(nums)
  count = 0
  nums.each do |x|
    power = 1
    e = 0
    while e < 63
      if x == power
        count += 1
        break
      end
      power <<= 1
      e += 1
    end
  end
  count
end
