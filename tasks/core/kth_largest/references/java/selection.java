class Solution {
    public int findKthLargest(int[] nums, int k) {
        int[] a = nums.clone();
        int n = a.length;
        boolean fromTop = k <= n - k + 1;
        int steps = fromTop ? k : n - k + 1;
        for (int i = 0; i < steps; ++i) {
            int best = i;
            for (int j = i + 1; j < n; ++j) {
                if (fromTop ? a[j] > a[best] : a[j] < a[best]) best = j;
            }
            int t = a[i]; a[i] = a[best]; a[best] = t;
        }
        return a[steps - 1];
    }
}
