class Solution {
public:
    int minWindowLength(string s, string t) {
        array<int, 128> need{}, have{};
        for (char ch : t) ++need[(int)ch];
        // Multiset inclusion checked letter by letter at every step, as a counter comparison does.
        auto covers = [&]() {
            for (int c = 0; c < 128; ++c)
                if (have[c] < need[c]) return false;
            return true;
        };
        int best = 0, left = 0;
        for (int right = 0; right < (int)s.size(); ++right) {
            ++have[(int)s[right]];
            while (covers()) {
                if (best == 0 || right - left + 1 < best) best = right - left + 1;
                --have[(int)s[left++]];
            }
        }
        return best;
    }
};
