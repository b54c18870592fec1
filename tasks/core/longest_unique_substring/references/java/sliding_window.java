class Solution {
    public int lengthOfLongestSubstring(String s) {
        // The window [left, right] holds no repeat; a repeat moves left past the earlier copy.
        Set<Character> window = new HashSet<>();
        int best = 0, left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            while (!window.add(c)) {
                window.remove(s.charAt(left++));
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
