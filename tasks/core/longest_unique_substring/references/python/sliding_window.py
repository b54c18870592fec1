class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = set()
        best = left = 0
        for right, ch in enumerate(s):
            while ch in window:
                window.remove(s[left])
                left += 1
            window.add(ch)
            if right - left + 1 > best:
                best = right - left + 1
        return best
