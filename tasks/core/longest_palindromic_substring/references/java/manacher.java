class Solution {
    public int longestPalindromicSubstring(String s) {
        if (s.isEmpty()) return 0;
        // Separators make every palindrome odd-length: "aba" -> "^#a#b#a#$" (sentinels stop expansion).
        int n = s.length(), m = 2 * n + 3;
        char[] t = new char[m];
        t[0] = '^';
        t[m - 1] = '$';
        for (int i = 0; i <= n; i++) t[2 * i + 1] = '#';
        for (int i = 0; i < n; i++) t[2 * i + 2] = s.charAt(i);
        int[] radius = new int[m];
        int center = 0, right = 0, best = 0;
        for (int i = 1; i < m - 1; i++) {
            if (i < right) radius[i] = Math.min(right - i, radius[2 * center - i]);
            while (t[i + radius[i] + 1] == t[i - radius[i] - 1]) radius[i]++;
            if (i + radius[i] > right) {
                center = i;
                right = i + radius[i];
            }
            best = Math.max(best, radius[i]);
        }
        return best;
    }
}
