class Solution {
    public int minWindowLength(String s, String t) {
        int[] balance = new int[128]; // needed minus held, per letter code
        for (int k = 0; k < t.length(); k++) balance[t.charAt(k)]++;
        int missing = t.length(), best = 0, left = 0;
        for (int right = 0; right < s.length(); right++) {
            if (balance[s.charAt(right)]-- > 0) missing--;
            while (missing == 0) {
                if (best == 0 || right - left + 1 < best) best = right - left + 1;
                if (++balance[s.charAt(left++)] > 0) missing++;
            }
        }
        return best;
    }
}
