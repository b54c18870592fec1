class Solution:
    def wordBreakCount(self, s: str, wordDict: List[str]) -> int:
        mod = 1_000_000_007
        n = len(s)

        @cache
        def ways(start):
            # Segmentations of s[start:]: pick the first word, recurse on the rest.
            if start == n:
                return 1
            total = 0
            for word in wordDict:
                if s.startswith(word, start):
                    total += ways(start + len(word))
            return total % mod

        return ways(0)
