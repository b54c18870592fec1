class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        // A ring of indices whose values decrease from front to back; at most k are alive at once.
        int n = nums.size();
        vector<int> ring(n);
        int head = 0, tail = 0;
        vector<int> out;
        out.reserve(n - k + 1);
        for (int i = 0; i < n; ++i) {
            while (tail > head && nums[ring[tail - 1]] <= nums[i]) --tail;  // can never be a maximum again
            ring[tail++] = i;
            if (ring[head] <= i - k) ++head;
            if (i >= k - 1) out.push_back(nums[ring[head]]);
        }
        return out;
    }
};
