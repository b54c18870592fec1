class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        int n = nums.size(), zeros = 0;
        long long product = 1;  // of the non-zero elements
        for (int x : nums) {
            if (x == 0) ++zeros;
            else product *= x;
        }
        vector<int> answer(n, 0);
        if (zeros > 1) return answer;
        for (int i = 0; i < n; ++i) {
            if (zeros == 1) answer[i] = nums[i] == 0 ? (int)product : 0;
            else answer[i] = (int)(product / nums[i]);  // exact: nums[i] divides the product
        }
        return answer;
    }
};
