class Solution {
public:
    int minDistance(string word1, string word2) {
        if (word1.size() > word2.size()) swap(word1, word2);
        int m = word1.size(), n = word2.size();
        if (m == 0) return n;
        const int big = m + n + 1;
        vector<int> previous(n + 1), current(n + 1);
        for (int limit = max(1, n - m);; limit *= 2) {
            // only cells with |i - j| <= limit can lie on a path of cost <= limit
            for (int j = 0; j <= n; ++j) previous[j] = j <= limit ? j : big;
            for (int i = 1; i <= m; ++i) {
                int lo = max(1, i - limit), hi = min(n, i + limit);
                current[0] = i <= limit ? i : big;
                if (lo > 1) current[lo - 1] = big;
                for (int j = lo; j <= hi; ++j)
                    current[j] = word1[i - 1] == word2[j - 1]
                                     ? previous[j - 1]
                                     : 1 + min({previous[j - 1], previous[j], current[j - 1]});
                if (hi < n) current[hi + 1] = big;
                swap(previous, current);
            }
            if (previous[n] <= limit) return previous[n];
        }
    }
};
