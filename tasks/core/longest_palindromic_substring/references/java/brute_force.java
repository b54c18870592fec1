class Solution {
    public int longestPalindromicSubstring(String s) {
        int n = s.length(), best = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + best; j < n; j++) {
                // s[i..j] is longer than the best so far: check it from both ends.
                int lo = i, hi = j;
                while (lo < hi && s.charAt(lo) == s.charAt(hi)) {
                    lo++;
                    hi--;
                }
                if (lo >= hi) best = j - i + 1;
            }
        }
        return best;
    }
}
