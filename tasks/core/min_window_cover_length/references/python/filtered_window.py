class Solution:
    def minWindowLength(self, s: str, t: str) -> int:
        need = {}
        for ch in t:
            need[ch] = need.get(ch, 0) + 1
        # Only letters of t matter: slide the window over their positions and skip everything else.
        relevant = [(i, ch) for i, ch in enumerate(s) if ch in need]
        have = dict.fromkeys(need, 0)
        missing = len(t)
        best = 0
        left = 0
        for end, ch in relevant:
            have[ch] += 1
            if have[ch] <= need[ch]:
                missing -= 1
            while missing == 0:
                start, first = relevant[left]
                if best == 0 or end - start + 1 < best:
                    best = end - start + 1
                have[first] -= 1
                if have[first] < need[first]:
                    missing += 1
                left += 1
        return best
