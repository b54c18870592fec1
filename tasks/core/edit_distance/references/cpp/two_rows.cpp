class Solution {
public:
    int minDistance(string word1, string word2) {
        if (word1.size() < word2.size()) swap(word1, word2);  // rows as short as possible
        int n = word2.size();
        vector<int> previous(n + 1), current(n + 1);
        iota(previous.begin(), previous.end(), 0);
        for (int i = 1; i <= (int)word1.size(); ++i) {
            current[0] = i;
            char a = word1[i - 1];
            for (int j = 1; j <= n; ++j)
                current[j] = a == word2[j - 1] ? previous[j - 1]
                                               : 1 + min({previous[j - 1], previous[j], current[j - 1]});
            swap(previous, current);
        }
        return previous[n];
    }
};
