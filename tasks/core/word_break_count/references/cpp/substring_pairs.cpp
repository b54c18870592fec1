class Solution {
public:
    int wordBreakCount(string s, vector<string>& wordDict) {
        const int mod = 1'000'000'007;
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        int n = s.size();
        vector<long long> ways(n + 1, 0);  // ways[j]: segmentations of s[:j]
        ways[0] = 1;
        for (int j = 1; j <= n; ++j) {
            long long total = 0;
            for (int i = 0; i < j; ++i)
                if (ways[i] && words.count(s.substr(i, j - i))) total += ways[i];
            ways[j] = total % mod;
        }
        return ways[n];
    }
};
