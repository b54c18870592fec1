class Solution {
public:
    int countPowersOfTwo(vector<long long>& nums) {
        int count = 0;
        for (long long x : nums) {
            if (x <= 0) continue;
            while (x % 2 == 0) x /= 2;
            if (x == 1) ++count;  // only the factors of two were there
        }
        return count;
    }
};
