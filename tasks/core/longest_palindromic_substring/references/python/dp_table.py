class Solution:
    def longestPalindromicSubstring(self, s: str) -> int:
        n = len(s)
        if n == 0:
            return 0
        # pal[i][j]: s[i..j] is a palindrome. Rows are filled from the bottom so pal[i+1] is ready.
        pal = [[False] * n for _ in range(n)]
        best = 1
        for i in range(n - 1, -1, -1):
            row, below = pal[i], pal[i + 1] if i + 1 < n else None
            row[i] = True
            for j in range(i + 1, n):
                if s[i] == s[j] and (j - i < 3 or below[j - 1]):
                    row[j] = True
                    if j - i + 1 > best:
                        best = j - i + 1
        return best
