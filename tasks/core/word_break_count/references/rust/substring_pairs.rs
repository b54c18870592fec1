use std::collections::HashSet;

impl Solution {
    pub fn word_break_count(s: String, word_dict: Vec<String>) -> i32 {
        const MOD: i64 = 1_000_000_007;
        let words: HashSet<&str> = word_dict.iter().map(|w| w.as_str()).collect();
        let n = s.len();
        let mut ways = vec![0i64; n + 1]; // ways[j]: segmentations of s[:j]
        ways[0] = 1;
        for j in 1..=n {
            let mut total = 0i64;
            for i in 0..j {
                if ways[i] != 0 && words.contains(&s[i..j]) {
                    total += ways[i];
                }
            }
            ways[j] = total % MOD;
        }
        ways[n] as i32
    }
}
