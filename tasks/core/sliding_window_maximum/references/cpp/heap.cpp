class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        // Max-heap of (value, index); entries that slid out are dropped only when they surface.
        priority_queue<pair<int, int>> heap;
        vector<int> out;
        for (int i = 0; i < (int)nums.size(); ++i) {
            heap.emplace(nums[i], i);
            if (i < k - 1) continue;
            while (heap.top().second <= i - k) heap.pop();
            out.push_back(heap.top().first);
        }
        return out;
    }
};
