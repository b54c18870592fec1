class Solution {
public:
    int trap(vector<int>& height) {
        // Water level = min(prefix max, suffix max), both from std::partial_sum with max as the operation.
        int n = height.size();
        auto maxOp = [](int a, int b) { return max(a, b); };
        vector<int> left(n), right(n);
        partial_sum(height.begin(), height.end(), left.begin(), maxOp);
        partial_sum(height.rbegin(), height.rend(), right.rbegin(), maxOp);
        transform(left.begin(), left.end(), right.begin(), left.begin(),
                  [](int a, int b) { return min(a, b); });
        return accumulate(left.begin(), left.end(), 0) - accumulate(height.begin(), height.end(), 0);
    }
};
