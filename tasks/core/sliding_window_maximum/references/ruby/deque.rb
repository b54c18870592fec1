# @param {Integer[]} nums
# @param {Integer} k
# @return {Integer[]}
def max_sliding_window(nums, k)
  # An array used as a deque of indices whose values decrease from front to back.
  window = Array.new(nums.size)
  head = 0
  tail = 0
  out = []
  nums.each_with_index do |v, i|
    tail -= 1 while tail > head && nums[window[tail - 1]] <= v
    window[tail] = i
    tail += 1
    head += 1 if window[head] <= i - k
    out << nums[window[head]] if i >= k - 1
  end
  out
end
