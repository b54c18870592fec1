class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        // Best length ending at each value rank in an iterative segment tree of maxima: a range
        // query over smaller ranks and a point update per element, O(n log n).
        vector<int> values(nums);
        sort(values.begin(), values.end());
        values.erase(unique(values.begin(), values.end()), values.end());
        int size = 1;
        while (size < (int)values.size()) size *= 2;
        vector<int> tree(2 * size, 0);
        int answer = 0;
        for (int x : nums) {
            int rank = lower_bound(values.begin(), values.end(), x) - values.begin();
            int best = 0;
            for (int lo = size, hi = size + rank; lo < hi; lo >>= 1, hi >>= 1) {
                if (lo & 1) best = max(best, tree[lo++]);
                if (hi & 1) best = max(best, tree[--hi]);
            }
            ++best;
            answer = max(answer, best);
            for (int i = size + rank; i && tree[i] < best; i >>= 1) tree[i] = best;
        }
        return answer;
    }
};
