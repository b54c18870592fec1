impl Solution {
    pub fn gcd_pair_sum(nums: Vec<i64>) -> i64 {
        let mut total = 0i64;
        for w in nums.windows(2) {
            let (mut a, mut b) = (w[0], w[1]);
            while b != 0 {
                let r = a % b;
                a = b;
                b = r;
            }
            total += a;
        }
        total
    }
}
