class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        if len(word1) > len(word2):
            word1, word2 = word2, word1
        m, n = len(word1), len(word2)
        if m == 0:
            return n
        big = m + n + 1
        limit = max(1, n - m)
        while True:
            # only cells with |i - j| <= limit can lie on a path of cost <= limit
            previous = [j if j <= limit else big for j in range(n + 1)]
            for i in range(1, m + 1):
                lo = max(1, i - limit)
                hi = min(n, i + limit)
                current = [big] * (n + 1)
                if i <= limit:
                    current[0] = i
                a = word1[i - 1]
                for j in range(lo, hi + 1):
                    if a == word2[j - 1]:
                        current[j] = previous[j - 1]
                    else:
                        current[j] = 1 + min(previous[j - 1], previous[j], current[j - 1])
                previous = current
            if previous[n] <= limit:
                return previous[n]
            limit *= 2
