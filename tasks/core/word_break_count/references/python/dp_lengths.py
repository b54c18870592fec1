class Solution:
    def wordBreakCount(self, s: str, wordDict: List[str]) -> int:
        mod = 1_000_000_007
        words = set(wordDict)
        lengths = sorted({len(w) for w in wordDict})
        n = len(s)
        ways = [1] + [0] * n
        for i in range(n):
            w = ways[i]
            if not w:
                continue
            # Only substrings as long as some word can be words.
            for length in lengths:
                if i + length > n:
                    break
                if s[i:i + length] in words:
                    ways[i + length] = (ways[i + length] + w) % mod
        return ways[n]
