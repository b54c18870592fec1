# @param {Integer[]} sticks
# @return {Integer}
def connect_sticks(sticks)
  # Joined sticks come out in non-decreasing order, so an array read from the front stays sorted and the
  # two shortest sticks are always at the heads of the sorted input and of the joined sticks.
  original = sticks.sort
  joined = []
  i = j = 0
  shortest = lambda do
    if j >= joined.size || (i < original.size && original[i] <= joined[j])
      i += 1
      original[i - 1]
    else
      j += 1
      joined[j - 1]
    end
  end
  total = 0
  (sticks.size - 1).times do
    length = shortest.call + shortest.call
    total += length
    joined << length
  end
  total
end
