use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // The window [left, right] holds no repeat; a repeat moves left past the earlier copy.
        let bytes = s.as_bytes();
        let mut window = HashSet::new();
        let (mut best, mut left) = (0, 0);
        for (right, &c) in bytes.iter().enumerate() {
            while !window.insert(c) {
                window.remove(&bytes[left]);
                left += 1;
            }
            best = best.max(right - left + 1);
        }
        best as i32
    }
}
