class Solution:
    def longestPalindromicSubstring(self, s: str) -> int:
        # Separators make every palindrome odd-length: "aba" -> "^#a#b#a#$" (sentinels stop expansion).
        t = "^#" + "#".join(s) + "#$"
        radius = [0] * len(t)
        center = right = 0
        for i in range(1, len(t) - 1):
            if i < right:
                # Start from the mirror's radius, capped by the rightmost palindrome's edge.
                radius[i] = min(right - i, radius[2 * center - i])
            while t[i + radius[i] + 1] == t[i - radius[i] - 1]:
                radius[i] += 1
            if i + radius[i] > right:
                center, right = i, i + radius[i]
        return max(radius) if s else 0
