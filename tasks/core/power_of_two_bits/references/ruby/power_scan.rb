# @param {Integer[]} nums
# @return {Integer}
def count_powers_of_two(nums)
  count = 0
  nums.each do |x|
    power = 1
    63.times do
      if x == power
        count += 1
        break
      end
      power *= 2
    end
  end
  count
end
