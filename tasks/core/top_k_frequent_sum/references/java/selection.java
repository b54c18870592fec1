class Solution {
    public long topKFrequentSum(int[] nums, int k) {
        HashMap<Integer, Integer> counts = new HashMap<>();
        for (int v : nums) counts.merge(v, 1, Integer::sum);
        int d = counts.size(), i = 0;
        int[] values = new int[d], freq = new int[d];
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            values[i] = e.getKey();
            freq[i++] = e.getValue();
        }
        long total = 0;
        for (int round = 0; round < k; round++) {
            // One pass over the values left to pick the most frequent (the larger one on a tie).
            int best = 0;
            for (int j = 1; j < d; j++)
                if (freq[j] > freq[best] || (freq[j] == freq[best] && values[j] > values[best])) best = j;
            total += values[best];
            d--;
            values[best] = values[d];
            freq[best] = freq[d];
        }
        return total;
    }
}
