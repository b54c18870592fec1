impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // last[c] is one past the last position of byte c, so the window start jumps straight there.
        let mut last = [0usize; 256];
        let (mut best, mut start) = (0usize, 0usize);
        for (i, &c) in s.as_bytes().iter().enumerate() {
            start = start.max(last[c as usize]);
            last[c as usize] = i + 1;
            best = best.max(i + 1 - start);
        }
        best as i32
    }
}
