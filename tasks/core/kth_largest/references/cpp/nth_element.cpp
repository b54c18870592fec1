class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> a(nums);
        nth_element(a.begin(), a.begin() + (a.size() - k), a.end());
        return a[a.size() - k];
    }
};
