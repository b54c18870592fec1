from functools import lru_cache


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        @lru_cache(maxsize=None)
        def fewest(total):
            if total == 0:
                return 0
            best = -1
            for coin in coins:
                if coin <= total:
                    rest = fewest(total - coin)
                    if rest >= 0 and (best < 0 or rest + 1 < best):
                        best = rest + 1
            return best

        # fill the memo bottom-up in steps so the recursion never runs thousands of levels deep
        for total in range(0, amount, 500):
            fewest(total)
        return fewest(amount)
