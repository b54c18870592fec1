impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let index = nums.len() - k as usize;
        *nums.select_nth_unstable(index).1
    }
}
