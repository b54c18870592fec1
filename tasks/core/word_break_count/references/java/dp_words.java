class Solution {
    public int wordBreakCount(String s, List<String> wordDict) {
        final int mod = 1_000_000_007;
        int n = s.length();
        int[] ways = new int[n + 1];  // ways[i]: segmentations of s[:i]
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            if (ways[i] == 0) continue;
            for (String w : wordDict) {
                if (s.startsWith(w, i)) {
                    int end = i + w.length();
                    ways[end] = (ways[end] + ways[i]) % mod;
                }
            }
        }
        return ways[n];
    }
}
