class Solution {
public:
    long long topKFrequentSum(vector<int>& nums, int k) {
        unordered_map<int, int> counts;
        for (int v : nums) ++counts[v];
        vector<vector<int>> buckets(nums.size() + 1);  // buckets[c]: values occurring c times
        for (auto& [v, c] : counts) buckets[c].push_back(v);
        long long total = 0;
        for (int c = nums.size(); c > 0 && k > 0; --c) {
            vector<int>& bucket = buckets[c];
            if ((int)bucket.size() <= k) {
                for (int v : bucket) total += v;
                k -= bucket.size();
            } else {
                // Only the tie rule decides inside a bucket: take its k largest values.
                nth_element(bucket.begin(), bucket.begin() + k, bucket.end(), greater<int>());
                for (int i = 0; i < k; ++i) total += bucket[i];
                k = 0;
            }
        }
        return total;
    }
};
