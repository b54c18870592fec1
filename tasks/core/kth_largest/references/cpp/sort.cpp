class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        return a[a.size() - k];
    }
};
