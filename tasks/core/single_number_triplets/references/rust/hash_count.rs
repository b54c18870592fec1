use std::collections::HashMap;

impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        let mut counts: HashMap<i32, u32> = HashMap::new();
        for x in nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        counts.into_iter().find(|&(_, c)| c == 1).map(|(v, _)| v).unwrap_or(0)
    }
}
