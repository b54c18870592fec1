class Solution:
    def longestPalindromicSubstring(self, s: str) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            for j in range(i + best, n):
                # s[i..j] is longer than the best so far: check it from both ends.
                lo, hi = i, j
                while lo < hi and s[lo] == s[hi]:
                    lo += 1
                    hi -= 1
                if lo >= hi:
                    best = j - i + 1
        return best
