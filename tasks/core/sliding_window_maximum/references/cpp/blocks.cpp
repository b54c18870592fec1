class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        // Cut nums into blocks of k. A window spans the tail of one block and the head of the next:
        // its maximum is the suffix maximum at its start and the prefix maximum at its end.
        int n = nums.size();
        vector<int> prefix(nums), suffix(nums);
        for (int i = 1; i < n; ++i)
            if (i % k) prefix[i] = max(prefix[i], prefix[i - 1]);
        for (int i = n - 2; i >= 0; --i)
            if ((i + 1) % k) suffix[i] = max(suffix[i], suffix[i + 1]);
        vector<int> out(n - k + 1);
        for (int i = 0; i + k <= n; ++i) out[i] = max(suffix[i], prefix[i + k - 1]);
        return out;
    }
};
