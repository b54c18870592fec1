class Solution:
    def longestPalindromicSubstring(self, s: str) -> int:
        n = len(s)
        best = 1 if n else 0
        for center in range(2 * n - 1):
            lo = center // 2
            hi = lo + center % 2  # odd centres sit on a letter, even ones between two letters
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > best:
                best = hi - lo - 1
        return best
