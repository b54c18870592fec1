MOD = (1 << 61) - 1
BASE = 131


class Solution:
    def longestPalindromicSubstring(self, s: str) -> int:
        n = len(s)
        if n == 0:
            return 0
        codes = [ord(c) for c in s]
        power = [1] * (n + 1)
        fwd = [0] * (n + 1)  # fwd[i]: hash of s[:i]
        rev = [0] * (n + 1)  # rev[i]: hash of the reversed s[n-i:]
        for i in range(n):
            power[i + 1] = power[i] * BASE % MOD
            fwd[i + 1] = (fwd[i] * BASE + codes[i]) % MOD
            rev[i + 1] = (rev[i] * BASE + codes[n - 1 - i]) % MOD

        def exists(length):
            for i in range(n - length + 1):
                j = i + length
                a = (fwd[j] - fwd[i] * power[length]) % MOD
                b = (rev[n - i] - rev[n - j] * power[length]) % MOD
                # Equal hashes are confirmed by a direct comparison, so a collision cannot mislead.
                if a == b and s[i:j] == s[i:j][::-1]:
                    return True
            return False

        best = 1
        for parity in (1, 0):
            # A palindrome of length L contains one of length L - 2, so each parity is monotone.
            lo, hi = 0, (n - parity) // 2  # search the half-length beyond the centre
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if exists(2 * mid + parity):
                    lo = mid
                else:
                    hi = mid - 1
            best = max(best, 2 * lo + parity)
        return best
