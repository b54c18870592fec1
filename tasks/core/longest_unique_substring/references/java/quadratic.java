class Solution {
    public int lengthOfLongestSubstring(String s) {
        // From every start, extend until a character repeats.
        int n = s.length();
        int best = 0;
        for (int i = 0; i < n; i++) {
            boolean[] seen = new boolean[128];
            int j = i;
            while (j < n && !seen[s.charAt(j)]) {
                seen[s.charAt(j)] = true;
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }
}
