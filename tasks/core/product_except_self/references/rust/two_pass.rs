impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut answer = vec![1i32; n];
        let mut running: i32 = 1;
        for i in 0..n {
            answer[i] = running; // product of everything left of i
            running *= nums[i];
        }
        running = 1;
        for i in (0..n).rev() {
            answer[i] *= running; // times the product of everything right of i
            running *= nums[i];
        }
        answer
    }
}
