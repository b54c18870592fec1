class Solution {
    public int minWindowLength(String s, String t) {
        int[] need = new int[128];
        for (int k = 0; k < t.length(); k++) need[t.charAt(k)]++;
        int n = s.length(), best = 0;
        for (int i = 0; i < n; i++) {
            int[] have = new int[128];
            int missing = t.length();
            for (int j = i; j < n; j++) {
                char ch = s.charAt(j);
                if (++have[ch] <= need[ch] && --missing == 0) {
                    if (best == 0 || j - i + 1 < best) best = j - i + 1;
                    break;
                }
            }
        }
        return best;
    }
}
