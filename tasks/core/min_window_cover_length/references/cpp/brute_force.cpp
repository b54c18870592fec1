class Solution {
public:
    int minWindowLength(string s, string t) {
        int need[128] = {0};
        for (char ch : t) ++need[(int)ch];
        int n = s.size(), best = 0;
        for (int i = 0; i < n; ++i) {
            int have[128] = {0};
            int missing = t.size();
            for (int j = i; j < n; ++j) {
                int ch = s[j];
                if (++have[ch] <= need[ch] && --missing == 0) {
                    if (best == 0 || j - i + 1 < best) best = j - i + 1;
                    break;
                }
            }
        }
        return best;
    }
};
