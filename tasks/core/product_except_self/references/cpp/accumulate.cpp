class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        int n = nums.size();
        // prefix[i + 1] = product of nums[0..i]; suffix[i] = product of nums[i..n-1]
        vector<int> prefix(n + 1, 1), suffix(n + 1, 1);
        partial_sum(nums.begin(), nums.end(), prefix.begin() + 1, multiplies<int>());
        partial_sum(nums.rbegin(), nums.rend(), suffix.rbegin() + 1, multiplies<int>());
        vector<int> answer(n);
        transform(prefix.begin(), prefix.begin() + n, suffix.begin() + 1, answer.begin(), multiplies<int>());
        return answer;
    }
};
