class Solution {
public:
    int wordBreakCount(string s, vector<string>& wordDict) {
        const int mod = 1'000'000'007;
        // Trie in flat arrays: next[node][letter], 0 meaning no child (the root is never a child).
        vector<array<int, 26>> next(1);
        vector<char> ends(1, 0);
        next[0].fill(0);
        for (const string& w : wordDict) {
            int node = 0;
            for (char ch : w) {
                int& child = next[node][ch - 'a'];
                if (!child) {
                    child = next.size();
                    next.emplace_back();
                    next.back().fill(0);
                    ends.push_back(0);
                }
                node = next[node][ch - 'a'];
            }
            ends[node] = 1;
        }
        int n = s.size();
        vector<int> ways(n + 1, 0);
        ways[0] = 1;
        for (int i = 0; i < n; ++i) {
            if (!ways[i]) continue;
            // Walk the trie along s from i: every word end reached is one more way to continue.
            for (int j = i, node = 0; j < n; ++j) {
                node = next[node][s[j] - 'a'];
                if (!node) break;
                if (ends[node]) ways[j + 1] = (ways[j + 1] + ways[i]) % mod;
            }
        }
        return ways[n];
    }
};
