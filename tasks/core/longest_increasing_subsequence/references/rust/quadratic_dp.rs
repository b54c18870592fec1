impl Solution {
    // best[i]: longest increasing subsequence ending at i, from every earlier position. O(n^2).
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut best = vec![1i32; nums.len()];
        let mut answer = 0;
        for i in 0..nums.len() {
            for j in 0..i {
                if nums[j] < nums[i] && best[j] + 1 > best[i] {
                    best[i] = best[j] + 1;
                }
            }
            answer = answer.max(best[i]);
        }
        answer
    }
}
