# @param {Integer[]} height
# @return {Integer}
def trap(height)
  # Scan both sides for the tallest wall, every time (Array#max over fresh slices).
  n = height.size
  total = 0
  height.each_with_index do |h, i|
    left = height[0..i].max
    right = height[i, n - i].max
    total += (left < right ? left : right) - h
  end
  total
end
