impl Solution {
    pub fn gcd_pair_sum(nums: Vec<i64>) -> i64 {
        fn gcd(mut a: i64, mut b: i64) -> i64 {
            if a == 0 || b == 0 {
                return a | b;
            }
            let mut shift = 0;
            while (a | b) & 1 == 0 {
                // common factors of two, one at a time
                a >>= 1;
                b >>= 1;
                shift += 1;
            }
            while a & 1 == 0 {
                a >>= 1;
            }
            while b != 0 {
                while b & 1 == 0 {
                    b >>= 1;
                }
                if a > b {
                    std::mem::swap(&mut a, &mut b);
                }
                b -= a; // both odd: the difference is even
            }
            a << shift
        }
        nums.windows(2).map(|w| gcd(w[0], w[1])).sum()
    }
}
