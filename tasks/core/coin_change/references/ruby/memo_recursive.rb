# @param {Integer[]} coins
# @param {Integer} amount
# @return {Integer}
def coin_change(coins, amount)
  memo = {}
  fewest = lambda do |total|
    return 0 if total.zero?
    known = memo[total]
    return known if known
    best = -1
    coins.each do |coin|
      next if coin > total
      rest = fewest.call(total - coin)
      best = rest + 1 if rest >= 0 && (best < 0 || rest + 1 < best)
    end
    memo[total] = best
  end
  fewest.call(amount)
end
