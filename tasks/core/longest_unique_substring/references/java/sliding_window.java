class Solution {
    public int lengthOfLongestSubstring(String s) {
        // The window [left, right] holds no repeat; a repeat moves left past the earlier copy.
        boolean[] inside = new boolean[128];  // the window's characters
        int best = 0, left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            while (inside[c]) {
                inside[s.charAt(left++)] = false;
            }
            inside[c] = true;
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
