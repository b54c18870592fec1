class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        // An int array used as a deque of indices whose values decrease from front to back.
        int[] window = new int[nums.length];
        int head = 0, tail = 0;
        int[] out = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            while (tail > head && nums[window[tail - 1]] <= nums[i]) tail--;
            window[tail++] = i;
            if (window[head] <= i - k) head++;
            if (i >= k - 1) out[i - k + 1] = nums[window[head]];
        }
        return out;
    }
}
