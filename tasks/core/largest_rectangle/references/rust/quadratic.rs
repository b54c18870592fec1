impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        // Every start, extended to the right with a running minimum.
        let n = heights.len();
        let mut best = 0;
        for i in 0..n {
            let mut low = heights[i];
            for j in i..n {
                low = low.min(heights[j]);
                best = best.max(low * (j - i + 1) as i32);
            }
        }
        best
    }
}
