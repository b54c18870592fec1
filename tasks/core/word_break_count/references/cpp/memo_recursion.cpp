class Solution {
    static constexpr int MOD = 1'000'000'007;

    // Segmentations of s[start:]: pick the first word, recurse on the rest.
    long long ways(int start, const string& s, const vector<string>& words, vector<long long>& memo) {
        if (start == (int)s.size()) return 1;
        if (memo[start] >= 0) return memo[start];
        long long total = 0;
        for (const string& w : words)
            if (s.compare(start, w.size(), w) == 0) total += ways(start + w.size(), s, words, memo);
        return memo[start] = total % MOD;
    }

public:
    int wordBreakCount(string s, vector<string>& wordDict) {
        vector<long long> memo(s.size(), -1);
        return ways(0, s, wordDict, memo);
    }
};
