class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        if amount == 0:
            return 0
        seen = bytearray(amount + 1)
        seen[0] = 1
        frontier = [0]
        steps = 0
        while frontier:
            steps += 1
            following = []
            for total in frontier:
                for coin in coins:
                    reached = total + coin
                    if reached == amount:
                        return steps
                    if reached < amount and not seen[reached]:
                        seen[reached] = 1
                        following.append(reached)
            frontier = following
        return -1
