class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        // Patience tails found by a linear scan instead of a binary search: O(n * L) for an answer L.
        vector<int> tails;
        for (int x : nums) {
            size_t i = 0;
            while (i < tails.size() && tails[i] < x) ++i;
            if (i == tails.size()) tails.push_back(x); else tails[i] = x;
        }
        return tails.size();
    }
};
