class Solution {
public:
    int minWindowLength(string s, string t) {
        int need[128] = {0}, have[128] = {0};
        for (char ch : t) ++need[(int)ch];
        // Only letters of t matter: slide the window over their positions and skip everything else.
        vector<int> relevant;
        for (int i = 0; i < (int)s.size(); ++i)
            if (need[(int)s[i]] > 0) relevant.push_back(i);
        int missing = t.size(), best = 0, left = 0;
        for (int end : relevant) {
            if (++have[(int)s[end]] <= need[(int)s[end]]) --missing;
            while (missing == 0) {
                int start = relevant[left++];
                if (best == 0 || end - start + 1 < best) best = end - start + 1;
                if (--have[(int)s[start]] < need[(int)s[start]]) ++missing;
            }
        }
        return best;
    }
};
