impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut answer = Vec::with_capacity(n);
        for i in 0..n {
            let mut product: i32 = 1;
            for j in 0..n {
                if j != i {
                    product *= nums[j];
                }
            }
            answer.push(product);
        }
        answer
    }
}
