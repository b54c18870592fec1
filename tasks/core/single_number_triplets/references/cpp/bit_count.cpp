class Solution {
public:
    int singleNumber(vector<int>& nums) {
        unsigned result = 0;
        for (int bit = 0; bit < 32; ++bit) {
            int ones = 0;
            for (int x : nums) ones += ((unsigned)x >> bit) & 1u;
            if (ones % 3) result |= 1u << bit;
        }
        return (int)result;
    }
};
