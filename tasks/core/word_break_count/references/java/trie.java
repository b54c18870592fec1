class Solution {
    public int wordBreakCount(String s, List<String> wordDict) {
        final int mod = 1_000_000_007;
        // Trie in flat arrays: next[node][letter], 0 meaning no child (the root is never a child).
        int capacity = 1;
        for (String w : wordDict) capacity += w.length();
        int[][] next = new int[capacity][26];
        boolean[] ends = new boolean[capacity];
        int nodes = 1;
        for (String w : wordDict) {
            int node = 0;
            for (int k = 0; k < w.length(); k++) {
                int letter = w.charAt(k) - 'a';
                if (next[node][letter] == 0) next[node][letter] = nodes++;
                node = next[node][letter];
            }
            ends[node] = true;
        }
        int n = s.length();
        int[] ways = new int[n + 1];
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            if (ways[i] == 0) continue;
            // Walk the trie along s from i: every word end reached is one more way to continue.
            for (int j = i, node = 0; j < n; j++) {
                node = next[node][s.charAt(j) - 'a'];
                if (node == 0) break;
                if (ends[node]) ways[j + 1] = (ways[j + 1] + ways[i]) % mod;
            }
        }
        return ways[n];
    }
}
