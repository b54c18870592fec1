class Solution {
    static constexpr unsigned long long MOD = (1ULL << 61) - 1, BASE = 131;

    static unsigned long long mulmod(unsigned long long a, unsigned long long b) {
        return (unsigned long long)((__uint128_t)a * b % MOD);
    }

public:
    int longestPalindromicSubstring(string s) {
        int n = s.size();
        if (n == 0) return 0;
        vector<unsigned long long> power(n + 1, 1), fwd(n + 1, 0), rev(n + 1, 0);
        for (int i = 0; i < n; ++i) {
            power[i + 1] = mulmod(power[i], BASE);
            fwd[i + 1] = (mulmod(fwd[i], BASE) + (unsigned char)s[i]) % MOD;
            rev[i + 1] = (mulmod(rev[i], BASE) + (unsigned char)s[n - 1 - i]) % MOD;
        }
        auto sub = [&](const vector<unsigned long long>& h, int from, int to) {
            return (h[to] + MOD - mulmod(h[from], power[to - from])) % MOD;
        };
        auto exists = [&](int len) {
            for (int i = 0; i + len <= n; ++i) {
                int j = i + len;
                if (sub(fwd, i, j) != sub(rev, n - j, n - i)) continue;
                // Equal hashes are confirmed directly, so a collision cannot mislead.
                if (equal(s.begin() + i, s.begin() + j, s.rbegin() + (n - j))) return true;
            }
            return false;
        };
        int best = 1;
        for (int parity = 1; parity >= 0; --parity) {
            // A palindrome of length L contains one of length L - 2, so each parity is monotone.
            int lo = 0, hi = (n - parity) / 2;
            while (lo < hi) {
                int mid = (lo + hi + 1) / 2;
                if (exists(2 * mid + parity)) lo = mid; else hi = mid - 1;
            }
            best = max(best, 2 * lo + parity);
        }
        return best;
    }
};
