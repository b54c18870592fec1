class Solution {
public:
    int wordBreakCount(string s, vector<string>& wordDict) {
        const int mod = 1'000'000'007;
        unordered_set<string_view> words(wordDict.begin(), wordDict.end());
        set<int> lengthSet;
        for (const string& w : wordDict) lengthSet.insert(w.size());
        vector<int> lengths(lengthSet.begin(), lengthSet.end());
        int n = s.size();
        string_view text(s);
        vector<int> ways(n + 1, 0);
        ways[0] = 1;
        for (int i = 0; i < n; ++i) {
            if (!ways[i]) continue;
            // Only substrings as long as some word can be words.
            for (int len : lengths) {
                if (i + len > n) break;
                if (words.count(text.substr(i, len))) ways[i + len] = (ways[i + len] + ways[i]) % mod;
            }
        }
        return ways[n];
    }
};
