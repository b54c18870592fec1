class Solution {
    public long topKFrequentSum(int[] nums, int k) {
        HashMap<Integer, Integer> counts = new HashMap<>();
        for (int v : nums) counts.merge(v, 1, Integer::sum);
        // Pack (count, value) into one long so a primitive sort orders by count, then by value.
        long[] ranked = new long[counts.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet())
            ranked[i++] = ((long) e.getValue() << 32) | (e.getKey() + 0x80000000L);
        Arrays.sort(ranked);
        long total = 0;
        for (int j = ranked.length - 1; j >= ranked.length - k; j--)
            total += (ranked[j] & 0xFFFFFFFFL) - 0x80000000L;
        return total;
    }
}
