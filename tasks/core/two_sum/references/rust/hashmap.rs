use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen: HashMap<i32, i32> = HashMap::with_capacity(nums.len());
        for (j, &x) in nums.iter().enumerate() {
            if let Some(&i) = seen.get(&(target - x)) {
                return vec![i, j as i32];
            }
            seen.entry(x).or_insert(j as i32);
        }
        vec![]
    }
}
