class Solution:
    def minWindowLength(self, s: str, t: str) -> int:
        need = {}
        for ch in t:
            need[ch] = need.get(ch, 0) + 1

        def covers_with(length: int) -> bool:
            """Whether some window of exactly `length` letters covers t (one fixed-size slide)."""
            have = dict.fromkeys(need, 0)
            missing = len(t)
            for right, ch in enumerate(s):
                if ch in have:
                    have[ch] += 1
                    if have[ch] <= need[ch]:
                        missing -= 1
                if right >= length:
                    out = s[right - length]
                    if out in have:
                        if have[out] <= need[out]:
                            missing += 1
                        have[out] -= 1
                if missing == 0:
                    return True
            return False

        lo, hi = len(t), len(s)
        if lo > hi or not covers_with(hi):
            return 0
        while lo < hi:  # covering is monotone in the length: the smallest covering length is the answer
            mid = (lo + hi) // 2
            if covers_with(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo
