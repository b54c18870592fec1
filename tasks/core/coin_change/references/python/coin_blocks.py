class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        unreachable = amount + 1
        best = [0] + [unreachable] * amount
        for coin in sorted(coins, reverse=True):
            # amounts in [s, s + coin) depend only on [s - coin, s), which is final for this coin
            # by the time the block is reached, so each block is relaxed in one vectorised step
            for start in range(coin, amount + 1, coin):
                end = min(start + coin, amount + 1)
                best[start:end] = map(min, best[start:end], [x + 1 for x in best[start - coin:end - coin]])
        return best[amount] if best[amount] != unreachable else -1
