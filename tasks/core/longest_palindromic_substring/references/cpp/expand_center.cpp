class Solution {
public:
    int longestPalindromicSubstring(string s) {
        int n = s.size(), best = n > 0 ? 1 : 0;
        for (int center = 0; center < 2 * n - 1; ++center) {
            int lo = center / 2, hi = lo + center % 2;  // odd centres on a letter, even ones between two
            while (lo >= 0 && hi < n && s[lo] == s[hi]) --lo, ++hi;
            best = max(best, hi - lo - 1);
        }
        return best;
    }
};
