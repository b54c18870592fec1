class Solution {
    public long topKFrequentSum(int[] nums, int k) {
        // No table at all: every position scans the whole array, counting the equal values before and
        // after it; the first occurrence of each value records its count.
        int n = nums.length, d = 0;
        int[] values = new int[n], freq = new int[n];
        for (int i = 0; i < n; i++) {
            int before = 0, count = 0;
            for (int j = 0; j < n; j++) {
                if (nums[j] == nums[i]) {
                    count++;
                    if (j < i) before++;
                }
            }
            if (before > 0) continue;
            values[d] = nums[i];
            freq[d++] = count;
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
