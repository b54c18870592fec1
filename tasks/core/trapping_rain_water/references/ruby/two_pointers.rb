# @param {Integer[]} height
# @return {Integer}
def trap(height)
  # The lower side's tallest wall bounds the water there, whatever lies beyond the other pointer.
  lo = 0
  hi = height.size - 1
  left_max = right_max = total = 0
  while lo < hi
    if height[lo] < height[hi]
      h = height[lo]
      left_max = h if h > left_max
      total += left_max - h
      lo += 1
    else
      h = height[hi]
      right_max = h if h > right_max
      total += right_max - h
      hi -= 1
    end
  end
  total
end
