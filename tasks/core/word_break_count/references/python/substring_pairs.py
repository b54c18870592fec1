class Solution:
    def wordBreakCount(self, s: str, wordDict: List[str]) -> int:
        mod = 1_000_000_007
        words = set(wordDict)
        n = len(s)
        ways = [1] + [0] * n  # ways[j]: segmentations of s[:j]
        for j in range(1, n + 1):
            total = 0
            for i in range(j):
                if ways[i] and s[i:j] in words:
                    total += ways[i]
            ways[j] = total % mod
        return ways[n]
