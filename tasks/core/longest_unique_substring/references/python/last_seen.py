class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        best = start = 0
        for i, ch in enumerate(s):
            prev = last.get(ch, -1)
            if prev >= start:
                if i - start > best:
                    best = i - start
                start = prev + 1
            last[ch] = i
        return max(best, len(s) - start)
