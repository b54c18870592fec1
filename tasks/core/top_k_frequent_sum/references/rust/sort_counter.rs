use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent_sum(nums: Vec<i32>, k: i32) -> i64 {
        let mut counts: HashMap<i32, i32> = HashMap::with_capacity(nums.len());
        for &v in &nums {
            *counts.entry(v).or_insert(0) += 1;
        }
        // (count, value) pairs sorted descending: higher count first, then the larger value.
        let mut ranked: Vec<(i32, i32)> = counts.into_iter().map(|(v, c)| (c, v)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        ranked[..k as usize].iter().map(|&(_, v)| v as i64).sum()
    }
}
