impl Solution {
    pub fn gcd_pair_sum(nums: Vec<i64>) -> i64 {
        // Euclid's algorithm on f64: values up to 10^12 fit the 53-bit mantissa exactly and the
        // remainder operator (libm's fmod) is exact, but each step is a call into a bit-by-bit
        // remainder loop instead of one integer division.
        fn gcd(mut a: f64, mut b: f64) -> i64 {
            while b != 0.0 {
                let r = a % b;
                a = b;
                b = r;
            }
            a as i64
        }
        nums.windows(2).map(|w| gcd(w[0] as f64, w[1] as f64)).sum()
    }
}
