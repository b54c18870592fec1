use std::collections::HashMap;

impl Solution {
    pub fn subarray_with_sum(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // prefix sum -> last index of the first prefix reaching it; 64-bit, so prefix - k cannot overflow
        let mut first: HashMap<i64, i32> = HashMap::with_capacity(nums.len() + 1);
        first.insert(0, -1); // the empty prefix
        let mut prefix: i64 = 0;
        for (j, &x) in nums.iter().enumerate() {
            prefix += x as i64;
            if let Some(&i) = first.get(&(prefix - k as i64)) {
                return vec![i + 1, j as i32];
            }
            first.entry(prefix).or_insert(j as i32);
        }
        vec![]
    }
}
