# @param {Integer[]} coins
# @param {Integer} amount
# @return {Integer}
def coin_change(coins, amount)
  unreachable = amount + 1
  best = Array.new(amount + 1, unreachable)
  best[0] = 0
  coins.each do |coin|
    (coin..amount).each do |t|
      candidate = best[t - coin] + 1
      best[t] = candidate if candidate < best[t]
    end
  end
  best[amount] == unreachable ? -1 : best[amount]
end
