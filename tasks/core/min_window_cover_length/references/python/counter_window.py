from collections import Counter


class Solution:
    def minWindowLength(self, s: str, t: str) -> int:
        need = Counter(t)
        have = Counter()
        best = 0
        left = 0
        for right, ch in enumerate(s):
            have[ch] += 1
            while have >= need:  # multiset inclusion, checked letter by letter
                if best == 0 or right - left + 1 < best:
                    best = right - left + 1
                have[s[left]] -= 1
                left += 1
        return best
