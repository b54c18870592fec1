class Solution:
    def minWindowLength(self, s: str, t: str) -> int:
        need = {}
        for ch in t:
            need[ch] = need.get(ch, 0) + 1
        best = 0
        n = len(s)
        for i in range(n):
            missing = len(t)
            have = dict.fromkeys(need, 0)
            for j in range(i, n):
                ch = s[j]
                if ch in have:
                    have[ch] += 1
                    if have[ch] <= need[ch]:
                        missing -= 1
                        if missing == 0:
                            if best == 0 or j - i + 1 < best:
                                best = j - i + 1
                            break
        return best
