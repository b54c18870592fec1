use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // A deque of indices whose values decrease from front to back.
        let k = k as usize;
        let mut window: VecDeque<usize> = VecDeque::with_capacity(k + 1);
        let mut out = Vec::with_capacity(nums.len() + 1 - k);
        for (i, &v) in nums.iter().enumerate() {
            while let Some(&last) = window.back() {
                if nums[last] > v {
                    break;
                }
                window.pop_back();
            }
            window.push_back(i);
            if window[0] + k <= i {
                window.pop_front();
            }
            if i + 1 >= k {
                out.push(nums[window[0]]);
            }
        }
        out
    }
}
