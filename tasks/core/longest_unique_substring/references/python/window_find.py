class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # The window s[start:i] has no repeats; a repeat of s[i] can only be inside it, and
        # str.find scans the window at C speed (O(window) per character, window <= alphabet).
        best = start = 0
        for i, ch in enumerate(s):
            prev = s.find(ch, start, i)
            if prev != -1:
                if i - start > best:
                    best = i - start
                start = prev + 1
        return max(best, len(s) - start)
