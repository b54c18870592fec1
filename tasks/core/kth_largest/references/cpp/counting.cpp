class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        int low = *min_element(nums.begin(), nums.end());
        int high = *max_element(nums.begin(), nums.end());
        vector<int> counts(high - low + 1, 0);
        for (int x : nums) ++counts[x - low];
        for (int v = high; v > low; --v) {
            k -= counts[v - low];
            if (k <= 0) return v;
        }
        return low;
    }
};
