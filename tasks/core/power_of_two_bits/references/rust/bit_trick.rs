impl Solution {
    pub fn count_powers_of_two(nums: Vec<i64>) -> i32 {
        // x & (x - 1) clears the lowest set bit; only a single-bit value becomes zero.
        nums.iter().filter(|&&x| x > 0 && x & (x - 1) == 0).count() as i32
    }
}
