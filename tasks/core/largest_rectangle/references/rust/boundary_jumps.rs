impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        // left[i] / right[i]: nearest lower bar on each side, found by jumping along earlier answers.
        // Indices are shifted by one (0 is the wall before the first bar) so they stay unsigned.
        let n = heights.len();
        let mut left = vec![0usize; n];
        let mut right = vec![n + 1; n];
        for i in 0..n {
            let mut j = i; // bar j - 1
            while j > 0 && heights[j - 1] >= heights[i] {
                j = left[j - 1];
            }
            left[i] = j;
        }
        for i in (0..n).rev() {
            let mut j = i + 2; // bar j - 1
            while j <= n && heights[j - 1] >= heights[i] {
                j = right[j - 1];
            }
            right[i] = j;
        }
        (0..n).map(|i| heights[i] * (right[i] - left[i] - 1) as i32).max().unwrap_or(0)
    }
}
