class Solution {
public:
    int longestPalindromicSubstring(string s) {
        if (s.empty()) return 0;
        // Separators make every palindrome odd-length: "aba" -> "^#a#b#a#$" (sentinels stop expansion).
        string t = "^#";
        for (char c : s) t += c, t += '#';
        t += '$';
        int m = t.size(), center = 0, right = 0, best = 0;
        vector<int> radius(m, 0);
        for (int i = 1; i < m - 1; ++i) {
            if (i < right) radius[i] = min(right - i, radius[2 * center - i]);
            while (t[i + radius[i] + 1] == t[i - radius[i] - 1]) ++radius[i];
            if (i + radius[i] > right) center = i, right = i + radius[i];
            best = max(best, radius[i]);
        }
        return best;
    }
};
