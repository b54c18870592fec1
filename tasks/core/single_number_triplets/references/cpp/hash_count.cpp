class Solution {
public:
    int singleNumber(vector<int>& nums) {
        unordered_map<int, int> counts;
        for (int x : nums) ++counts[x];
        for (const auto& [value, count] : counts)
            if (count == 1) return value;
        return 0;
    }
};
