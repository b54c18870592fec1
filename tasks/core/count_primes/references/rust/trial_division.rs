impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        let mut primes: Vec<i32> = Vec::new();
        for candidate in 2..n.max(2) {
            let mut prime = true;
            for &p in &primes {
                if (p as i64) * (p as i64) > candidate as i64 {
                    break;
                }
                if candidate % p == 0 {
                    prime = false;
                    break;
                }
            }
            if prime {
                primes.push(candidate);
            }
        }
        primes.len() as i32
    }
}
