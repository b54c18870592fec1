impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        let n = n as usize;
        if n < 3 {
            return 0;
        }
        let mut composite = vec![false; n];
        let mut count = 0;
        for i in 2..n {
            if composite[i] {
                continue;
            }
            count += 1;
            let mut m = i * i;
            while m < n {
                composite[m] = true;
                m += i;
            }
        }
        count
    }
}
