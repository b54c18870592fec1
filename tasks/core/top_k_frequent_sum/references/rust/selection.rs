use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent_sum(nums: Vec<i32>, k: i32) -> i64 {
        let mut counts: HashMap<i32, i32> = HashMap::new();
        for &v in &nums {
            *counts.entry(v).or_insert(0) += 1;
        }
        let mut items: Vec<(i32, i32)> = counts.into_iter().collect(); // (value, count)
        let mut total = 0i64;
        for _ in 0..k {
            // One pass over the values left to pick the most frequent (the larger one on a tie).
            let mut best = 0;
            for i in 1..items.len() {
                let (v, c) = items[i];
                let (bv, bc) = items[best];
                if c > bc || (c == bc && v > bv) {
                    best = i;
                }
            }
            total += items.swap_remove(best).0 as i64;
        }
        total
    }
}
