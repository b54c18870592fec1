class Solution {
    public int lengthOfLongestSubstring(String s) {
        // last[c] is one past the last position of character c, so the window start jumps straight there.
        int[] last = new int[128];
        int best = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            start = Math.max(start, last[c]);
            last[c] = i + 1;
            best = Math.max(best, i + 1 - start);
        }
        return best;
    }
}
