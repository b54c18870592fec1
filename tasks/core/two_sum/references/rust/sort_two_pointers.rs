use std::cmp::Ordering;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut order: Vec<usize> = (0..nums.len()).collect();
        order.sort_unstable_by_key(|&k| nums[k]);
        let (mut lo, mut hi) = (0, order.len().saturating_sub(1));
        while lo < hi {
            match (nums[order[lo]] + nums[order[hi]]).cmp(&target) {
                Ordering::Equal => {
                    let (i, j) = (order[lo].min(order[hi]), order[lo].max(order[hi]));
                    return vec![i as i32, j as i32];
                }
                Ordering::Less => lo += 1,
                Ordering::Greater => hi -= 1,
            }
        }
        vec![]
    }
}
