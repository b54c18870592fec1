class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        // A balanced search tree instead of a hash table: O(log n) per look-up.
        map<int, int> seen;
        for (int j = 0; j < (int)nums.size(); ++j) {
            auto it = seen.find(target - nums[j]);
            if (it != seen.end()) return {it->second, j};
            seen.emplace(nums[j], j);
        }
        return {};
    }
};
