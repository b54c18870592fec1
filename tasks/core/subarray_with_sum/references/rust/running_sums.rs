impl Solution {
    pub fn subarray_with_sum(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let n = nums.len();
        for i in 0..n {
            let mut total: i64 = 0;
            for j in i..n {
                total += nums[j] as i64;
                if total == k as i64 {
                    return vec![i as i32, j as i32];
                }
            }
        }
        vec![]
    }
}
