class Solution {
public:
    int countPowersOfTwo(vector<long long>& nums) {
        int count = 0;
        for (long long x : nums)
            if (x > 0 && __builtin_popcountll(x) == 1) ++count;
        return count;
    }
};
