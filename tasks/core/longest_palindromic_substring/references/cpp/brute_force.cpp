class Solution {
public:
    int longestPalindromicSubstring(string s) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; ++i) {
            for (int j = i + best; j < n; ++j) {
                // s[i..j] is longer than the best so far: check it from both ends.
                int lo = i, hi = j;
                while (lo < hi && s[lo] == s[hi]) ++lo, --hi;
                if (lo >= hi) best = j - i + 1;
            }
        }
        return best;
    }
};
