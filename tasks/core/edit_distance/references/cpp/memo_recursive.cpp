class Solution {
    string a, b;
    vector<vector<int>> memo;  // -1: not computed

    // Edit distance between a[i:] and b[j:].
    int distance(int i, int j) {
        if (i == (int)a.size()) return (int)b.size() - j;
        if (j == (int)b.size()) return (int)a.size() - i;
        int& known = memo[i][j];
        if (known >= 0) return known;
        if (a[i] == b[j]) return known = distance(i + 1, j + 1);
        return known = 1 + min({distance(i + 1, j + 1), distance(i + 1, j), distance(i, j + 1)});
    }

public:
    int minDistance(string word1, string word2) {
        a = word1;
        b = word2;
        memo.assign(a.size(), vector<int>(b.size(), -1));
        return distance(0, 0);
    }
};
