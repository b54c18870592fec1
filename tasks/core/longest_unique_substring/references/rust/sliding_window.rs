impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // The window [left, right] holds no repeat; a repeat moves left past the earlier copy.
        let bytes = s.as_bytes();
        let mut inside = [false; 256]; // the window's characters
        let (mut best, mut left) = (0, 0);
        for (right, &c) in bytes.iter().enumerate() {
            while inside[c as usize] {
                inside[bytes[left] as usize] = false;
                left += 1;
            }
            inside[c as usize] = true;
            best = best.max(right - left + 1);
        }
        best as i32
    }
}
