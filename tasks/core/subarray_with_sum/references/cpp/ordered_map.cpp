class Solution {
public:
    vector<int> subarrayWithSum(vector<int>& nums, int k) {
        map<long long, int> first;  // prefix sum -> last index of the first prefix reaching it, in a search tree
        first.emplace(0, -1);       // the empty prefix
        long long prefix = 0;
        for (int j = 0; j < (int)nums.size(); ++j) {
            prefix += nums[j];
            auto it = first.find(prefix - k);
            if (it != first.end()) return {it->second + 1, j};
            first.emplace(prefix, j);  // keeps the first position of a repeated sum
        }
        return {};
    }
};
