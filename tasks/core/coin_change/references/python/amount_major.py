class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        unreachable = amount + 1
        best = [0] + [unreachable] * amount
        for total in range(1, amount + 1):
            fewest = unreachable
            for coin in coins:
                if coin <= total and best[total - coin] + 1 < fewest:
                    fewest = best[total - coin] + 1
            best[total] = fewest
        return best[amount] if best[amount] != unreachable else -1
