# @param {Integer[]} height
# @return {Integer}
def max_area(height)
  left = 0
  right = height.length - 1
  best = 0
  while left < right
    if height[left] < height[right]
      area = height[left] * (right - left)
      left += 1
    else
      area = height[right] * (right - left)
      right -= 1
    end
    best = area if area > best
  end
  best
end
