# @param {Integer[]} heights
# @return {Integer}
def largest_rectangle_area(heights)
  # The stack holds indices of bars with increasing heights; a lower bar closes every taller bar on it.
  stack = []
  best = 0
  n = heights.size
  (0..n).each do |i|
    h = i < n ? heights[i] : 0 # the trailing zero flushes the stack
    while !stack.empty? && heights[stack.last] >= h
      height = heights[stack.pop]
      left = stack.empty? ? -1 : stack.last
      area = height * (i - left - 1)
      best = area if area > best
    end
    stack << i
  end
  best
end
