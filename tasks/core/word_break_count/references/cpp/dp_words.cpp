class Solution {
public:
    int wordBreakCount(string s, vector<string>& wordDict) {
        const int mod = 1'000'000'007;
        int n = s.size();
        vector<int> ways(n + 1, 0);  // ways[i]: segmentations of s[:i]
        ways[0] = 1;
        for (int i = 0; i < n; ++i) {
            if (!ways[i]) continue;
            for (const string& w : wordDict) {
                int end = i + w.size();
                if (end <= n && s.compare(i, w.size(), w) == 0) ways[end] = (ways[end] + ways[i]) % mod;
            }
        }
        return ways[n];
    }
};
