# @param {Integer[]} sticks
# @return {Integer}
def connect_sticks(sticks)
  # Each join scans the remaining sticks for the two shortest.
  pile = sticks.dup
  total = 0
  while pile.size > 1
    a = pile.delete_at(pile.index(pile.min))
    b = pile.delete_at(pile.index(pile.min))
    total += a + b
    pile << a + b
  end
  total
end
