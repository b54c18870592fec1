# @param {Integer[]} heights
# @return {Integer}
def largest_rectangle_area(heights)
  # Every start, extended to the right with a running minimum.
  n = heights.size
  best = 0
  i = 0
  while i < n
    low = heights[i]
    j = i
    while j < n
      h = heights[j]
      low = h if h < low
      area = low * (j - i + 1)
      best = area if area > best
      j += 1
    end
    i += 1
  end
  best
end
