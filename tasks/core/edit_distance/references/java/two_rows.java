class Solution {
    public int minDistance(String word1, String word2) {
        if (word1.length() < word2.length()) {  // rows as short as possible
            String t = word1; word1 = word2; word2 = t;
        }
        int n = word2.length();
        int[] previous = new int[n + 1], current = new int[n + 1];
        for (int j = 0; j <= n; ++j) previous[j] = j;
        for (int i = 1; i <= word1.length(); ++i) {
            current[0] = i;
            char a = word1.charAt(i - 1);
            for (int j = 1; j <= n; ++j)
                current[j] = a == word2.charAt(j - 1)
                    ? previous[j - 1]
                    : 1 + Math.min(previous[j - 1], Math.min(previous[j], current[j - 1]));
            int[] t = previous; previous = current; current = t;
        }
        return previous[n];
    }
}
