class Solution {
public:
    int minWindowLength(string s, string t) {
        int balance[128] = {0};  // needed minus held, per letter code
        for (char ch : t) ++balance[(int)ch];
        int missing = t.size(), best = 0, left = 0;
        for (int right = 0; right < (int)s.size(); ++right) {
            if (balance[(int)s[right]]-- > 0) --missing;
            while (missing == 0) {
                if (best == 0 || right - left + 1 < best) best = right - left + 1;
                if (++balance[(int)s[left++]] > 0) ++missing;
            }
        }
        return best;
    }
};
