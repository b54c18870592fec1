class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        int n = nums.size();
        size = 1;
        while (size < n) size *= 2;
        tree.assign(2 * size, 1);  // leaves at size..2*size-1, inner nodes the product of their children
        for (int i = 0; i < n; ++i) tree[size + i] = nums[i];
        for (int node = size - 1; node > 0; --node) tree[node] = tree[2 * node] * tree[2 * node + 1];
        vector<int> answer(n);
        for (int i = 0; i < n; ++i) answer[i] = product(0, i) * product(i + 1, n);
        return answer;
    }

private:
    int size = 1;
    vector<int> tree;

    // Product of nums[lo, hi), walking up from both ends of the range.
    int product(int lo, int hi) const {
        int result = 1;
        for (lo += size, hi += size; lo < hi; lo /= 2, hi /= 2) {
            if (lo & 1) result *= tree[lo++];
            if (hi & 1) result *= tree[--hi];
        }
        return result;
    }
};
