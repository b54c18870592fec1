class Solution {
public:
    int singleNumber(vector<int>& nums) {
        // 3 * (sum of distinct values) counts the single value twice too often
        unordered_set<int> distinct(nums.begin(), nums.end());
        long long all = 0, once = 0;
        for (int x : nums) all += x;
        for (int x : distinct) once += x;
        return (int)((3 * once - all) / 2);
    }
};
