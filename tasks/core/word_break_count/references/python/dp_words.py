class Solution:
    def wordBreakCount(self, s: str, wordDict: List[str]) -> int:
        mod = 1_000_000_007
        n = len(s)
        ways = [1] + [0] * n  # ways[i]: segmentations of s[:i]
        for i in range(n):
            w = ways[i]
            if not w:
                continue
            for word in wordDict:
                if s.startswith(word, i):
                    end = i + len(word)
                    ways[end] = (ways[end] + w) % mod
        return ways[n]
