# @param {Integer[]} nums
# @param {Integer} k
# @return {Integer}
def find_kth_largest(nums, k)
  a = nums.dup
  target = a.size - k
  lo = 0
  hi = a.size - 1
  while lo < hi
    pivot = [a[lo], a[(lo + hi) / 2], a[hi]].sort[1]
    i = lo
    j = hi
    while i <= j
      i += 1 while a[i] < pivot
      j -= 1 while a[j] > pivot
      if i <= j
        a[i], a[j] = a[j], a[i]
        i += 1
        j -= 1
      end
    end
    if target <= j
      hi = j
    elsif target >= i
      lo = i
    else
      return a[target]
    end
  end
  a[target]
end
