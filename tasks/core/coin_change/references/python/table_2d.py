class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        unreachable = amount + 1
        # table[i][t]: fewest coins making t with the first i coin values
        table = [[0] + [unreachable] * amount]
        for coin in coins:
            above = table[-1]
            row = [0] * (amount + 1)
            for total in range(1, amount + 1):
                fewest = above[total]
                if coin <= total and row[total - coin] + 1 < fewest:
                    fewest = row[total - coin] + 1
                row[total] = fewest
            table.append(row)
        answer = table[-1][amount]
        return answer if answer != unreachable else -1
