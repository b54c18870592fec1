impl Solution {
    pub fn count_powers_of_two(nums: Vec<i64>) -> i32 {
        let mut count = 0;
        for &x in &nums {
            let mut power = 1i64;
            for _ in 0..63 {
                if x == power {
                    count += 1;
                    break;
                }
                power = power.wrapping_mul(2);
            }
        }
        count
    }
}
