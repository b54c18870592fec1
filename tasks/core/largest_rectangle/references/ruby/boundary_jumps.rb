# @param {Integer[]} heights
# @return {Integer}
def largest_rectangle_area(heights)
  # left[i] / right[i]: nearest lower bar on each side, found by jumping along earlier answers.
  n = heights.size
  left = Array.new(n)
  right = Array.new(n)
  n.times do |i|
    j = i - 1
    j = left[j] while j >= 0 && heights[j] >= heights[i]
    left[i] = j
  end
  (n - 1).downto(0) do |i|
    j = i + 1
    j = right[j] while j < n && heights[j] >= heights[i]
    right[i] = j
  end
  (0...n).map { |i| heights[i] * (right[i] - left[i] - 1) }.max || 0
end
