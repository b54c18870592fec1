impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        // The stack holds indices of bars with increasing heights; a lower bar closes every taller bar on it.
        let n = heights.len();
        let mut stack: Vec<usize> = Vec::with_capacity(n + 1);
        let mut best = 0;
        for i in 0..=n {
            let h = if i < n { heights[i] } else { 0 }; // the trailing zero flushes the stack
            while let Some(&top) = stack.last() {
                if heights[top] < h {
                    break;
                }
                stack.pop();
                let width = match stack.last() {
                    Some(&left) => i - left - 1,
                    None => i,
                };
                best = best.max(heights[top] * width as i32);
            }
            stack.push(i);
        }
        best
    }
}
