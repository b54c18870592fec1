class Solution {
public:
    int longestPalindromicSubstring(string s) {
        int n = s.size();
        if (n == 0) return 0;
        // pal[i][j]: s[i..j] is a palindrome; rows are filled from the bottom so row i+1 is ready.
        vector<vector<bool>> pal(n, vector<bool>(n, false));
        int best = 1;
        for (int i = n - 1; i >= 0; --i) {
            pal[i][i] = true;
            for (int j = i + 1; j < n; ++j) {
                if (s[i] == s[j] && (j - i < 3 || pal[i + 1][j - 1])) {
                    pal[i][j] = true;
                    best = max(best, j - i + 1);
                }
            }
        }
        return best;
    }
};
