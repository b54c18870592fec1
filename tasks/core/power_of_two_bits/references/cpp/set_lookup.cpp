class Solution {
public:
    int countPowersOfTwo(vector<long long>& nums) {
        unordered_set<long long> powers;
        for (int e = 0; e < 63; ++e) powers.insert(1LL << e);
        int count = 0;
        for (long long x : nums) count += powers.count(x);
        return count;
    }
};
