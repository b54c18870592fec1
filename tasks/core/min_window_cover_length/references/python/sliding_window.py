class Solution:
    def minWindowLength(self, s: str, t: str) -> int:
        balance = [0] * 128  # needed minus held, per letter code
        for ch in t:
            balance[ord(ch)] += 1
        missing = len(t)
        best = 0
        left = 0
        codes = [ord(ch) for ch in s]
        for right, code in enumerate(codes):
            if balance[code] > 0:
                missing -= 1
            balance[code] -= 1
            while missing == 0:
                if best == 0 or right - left + 1 < best:
                    best = right - left + 1
                out = codes[left]
                balance[out] += 1
                if balance[out] > 0:
                    missing += 1
                left += 1
        return best
