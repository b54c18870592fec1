class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # last_seen with a list indexed by code point instead of a dict keyed by character.
        last = [-1] * 128
        best = start = 0
        for i, code in enumerate(map(ord, s)):
            if code >= len(last):
                last.extend([-1] * (code + 1 - len(last)))
            prev = last[code]
            if prev >= start:
                if i - start > best:
                    best = i - start
                start = prev + 1
            last[code] = i
        return max(best, len(s) - start)
