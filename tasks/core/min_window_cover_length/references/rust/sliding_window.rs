impl Solution {
    pub fn min_window_length(s: String, t: String) -> i32 {
        let (s, t) = (s.as_bytes(), t.as_bytes());
        let mut balance = [0i32; 128]; // needed minus held, per letter code
        for &ch in t {
            balance[ch as usize] += 1;
        }
        let (mut missing, mut best, mut left) = (t.len(), 0usize, 0usize);
        for right in 0..s.len() {
            let ch = s[right] as usize;
            if balance[ch] > 0 {
                missing -= 1;
            }
            balance[ch] -= 1;
            while missing == 0 {
                if best == 0 || right - left + 1 < best {
                    best = right - left + 1;
                }
                let out = s[left] as usize;
                balance[out] += 1;
                if balance[out] > 0 {
                    missing += 1;
                }
                left += 1;
            }
        }
        best as i32
    }
}
