class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; ++i) {
            bool seen[256] = {false};
            int j = i;
            while (j < n && !seen[(unsigned char)s[j]]) {
                seen[(unsigned char)s[j]] = true;
                ++j;
            }
            best = max(best, j - i);
        }
        return best;
    }
};
