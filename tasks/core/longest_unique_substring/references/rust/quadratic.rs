impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // From every start, extend until a character repeats.
        let bytes = s.as_bytes();
        let n = bytes.len();
        let mut best = 0;
        for i in 0..n {
            let mut seen = [false; 256];
            let mut j = i;
            while j < n && !seen[bytes[j] as usize] {
                seen[bytes[j] as usize] = true;
                j += 1;
            }
            best = best.max(j - i);
        }
        best as i32
    }
}
