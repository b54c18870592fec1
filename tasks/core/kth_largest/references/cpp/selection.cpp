class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> a(nums);
        int n = (int)a.size();
        if (k <= n - k + 1) {
            // move the k largest to the front, one at a time
            for (int i = 0; i < k; ++i) {
                int best = i;
                for (int j = i + 1; j < n; ++j) if (a[j] > a[best]) best = j;
                swap(a[i], a[best]);
            }
            return a[k - 1];
        }
        int m = n - k + 1;  // the answer is the m-th smallest
        for (int i = 0; i < m; ++i) {
            int best = i;
            for (int j = i + 1; j < n; ++j) if (a[j] < a[best]) best = j;
            swap(a[i], a[best]);
        }
        return a[m - 1];
    }
};
