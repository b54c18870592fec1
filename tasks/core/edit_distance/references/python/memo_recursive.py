class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        m, n = len(word1), len(word2)
        memo = {}

        def distance(i, j):
            """Edit distance between word1[i:] and word2[j:]."""
            if i == m:
                return n - j
            if j == n:
                return m - i
            key = i * (n + 1) + j
            known = memo.get(key)
            if known is not None:
                return known
            if word1[i] == word2[j]:
                result = distance(i + 1, j + 1)
            else:
                result = 1 + min(distance(i + 1, j + 1), distance(i + 1, j), distance(i, j + 1))
            memo[key] = result
            return result

        return distance(0, 0)
