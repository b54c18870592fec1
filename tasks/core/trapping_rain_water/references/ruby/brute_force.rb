# @param {Integer[]} height
# @return {Integer}
def trap(height)
  # Scan both sides for the tallest wall, every time.
  n = height.size
  total = 0
  i = 0
  while i < n
    left = 0
    j = 0
    while j <= i
      left = height[j] if height[j] > left
      j += 1
    end
    right = 0
    j = i
    while j < n
      right = height[j] if height[j] > right
      j += 1
    end
    total += (left < right ? left : right) - height[i]
    i += 1
  end
  total
end
