# @param {Integer[]} nums
# @param {Integer} k
# @return {Integer}
def top_k_frequent_sum(nums, k)
  counts = Hash.new(0)
  nums.each { |v| counts[v] += 1 }
  values = counts.keys
  freq = counts.values
  total = 0
  k.times do
    # One pass over the values left to pick the most frequent (the larger one on a tie).
    best = 0
    i = 1
    n = values.size
    while i < n
      best = i if freq[i] > freq[best] || (freq[i] == freq[best] && values[i] > values[best])
      i += 1
    end
    total += values[best]
    values[best] = values[-1]
    freq[best] = freq[-1]
    values.pop
    freq.pop
  end
  total
end
