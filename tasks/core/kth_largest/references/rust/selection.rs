impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let n = nums.len();
        let k = k as usize;
        let from_top = k <= n - k + 1;
        let steps = if from_top { k } else { n - k + 1 };
        for i in 0..steps {
            let mut best = i;
            for j in i + 1..n {
                if (from_top && nums[j] > nums[best]) || (!from_top && nums[j] < nums[best]) {
                    best = j;
                }
            }
            nums.swap(i, best);
        }
        nums[steps - 1]
    }
}
