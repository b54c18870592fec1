class Solution {
    private String a, b;
    private final Map<Long, Integer> memo = new HashMap<>();

    // Edit distance between a[i:] and b[j:].
    private int distance(int i, int j) {
        if (i == a.length()) return b.length() - j;
        if (j == b.length()) return a.length() - i;
        long key = (long) i * (b.length() + 1) + j;
        Integer known = memo.get(key);
        if (known != null) return known;
        int result;
        if (a.charAt(i) == b.charAt(j)) result = distance(i + 1, j + 1);
        else result = 1 + Math.min(distance(i + 1, j + 1), Math.min(distance(i + 1, j), distance(i, j + 1)));
        memo.put(key, result);
        return result;
    }

    public int minDistance(String word1, String word2) {
        a = word1;
        b = word2;
        memo.clear();
        return distance(0, 0);
    }
}
