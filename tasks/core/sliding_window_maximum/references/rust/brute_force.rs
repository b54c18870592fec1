impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut out = Vec::with_capacity(nums.len() + 1 - k);
        for start in 0..=nums.len() - k {
            let mut best = nums[start];
            for i in start + 1..start + k {
                if nums[i] > best {
                    best = nums[i];
                }
            }
            out.push(best);
        }
        out
    }
}
