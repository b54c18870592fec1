class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # From every start, extend until a character repeats.
        best = 0
        n = len(s)
        for i in range(n):
            seen = set()
            j = i
            while j < n and s[j] not in seen:
                seen.add(s[j])
                j += 1
            best = max(best, j - i)
        return best
