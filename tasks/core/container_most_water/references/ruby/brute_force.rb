# @param {Integer[]} height
# @return {Integer}
def max_area(height)
  n = height.length
  best = 0
  i = 0
  while i < n
    hi = height[i]
    j = i + 1
    while j < n
      hj = height[j]
      area = (hi < hj ? hi : hj) * (j - i)
      best = area if area > best
      j += 1
    end
    i += 1
  end
  best
end
