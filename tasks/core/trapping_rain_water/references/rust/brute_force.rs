impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        // Scan both sides for the tallest wall, every time.
        let n = height.len();
        let mut total = 0;
        for i in 0..n {
            let mut left = 0;
            for j in 0..=i {
                left = left.max(height[j]);
            }
            let mut right = 0;
            for j in i..n {
                right = right.max(height[j]);
            }
            total += left.min(right) - height[i];
        }
        total
    }
}
