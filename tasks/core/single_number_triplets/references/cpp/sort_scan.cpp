class Solution {
public:
    int singleNumber(vector<int>& nums) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        for (size_t i = 0; i + 2 < a.size(); i += 3)
            if (a[i] != a[i + 2]) return a[i];
        return a.back();
    }
};
