class Solution {
public:
    int countPowersOfTwo(vector<long long>& nums) {
        array<long long, 63> powers;  // sorted ascending by construction
        for (int e = 0; e < 63; ++e) powers[e] = 1LL << e;
        int count = 0;
        for (long long x : nums) count += binary_search(powers.begin(), powers.end(), x);
        return count;
    }
};
