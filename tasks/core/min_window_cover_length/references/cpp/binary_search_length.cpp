class Solution {
public:
    int minWindowLength(string s, string t) {
        int lo = t.size(), hi = s.size();
        if (lo > hi || !covers(s, t, hi)) return 0;
        while (lo < hi) {  // covering is monotone in the length: the smallest covering length is the answer
            int mid = lo + (hi - lo) / 2;
            if (covers(s, t, mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

private:
    // Whether some window of exactly `length` letters covers t (one fixed-size slide).
    static bool covers(const string& s, const string& t, int length) {
        int balance[128] = {0};  // needed minus held
        for (char ch : t) ++balance[(int)ch];
        int missing = t.size();
        for (int right = 0; right < (int)s.size(); ++right) {
            if (balance[(int)s[right]]-- > 0) --missing;
            if (right >= length && ++balance[(int)s[right - length]] > 0) ++missing;
            if (missing == 0) return true;
        }
        return false;
    }
};
