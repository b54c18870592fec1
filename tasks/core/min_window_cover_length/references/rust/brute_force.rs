impl Solution {
    pub fn min_window_length(s: String, t: String) -> i32 {
        let (s, t) = (s.as_bytes(), t.as_bytes());
        let mut need = [0i32; 128];
        for &ch in t {
            need[ch as usize] += 1;
        }
        let mut best = 0usize;
        for i in 0..s.len() {
            let mut have = [0i32; 128];
            let mut missing = t.len();
            for j in i..s.len() {
                let ch = s[j] as usize;
                have[ch] += 1;
                if have[ch] <= need[ch] {
                    missing -= 1;
                    if missing == 0 {
                        if best == 0 || j - i + 1 < best {
                            best = j - i + 1;
                        }
                        break;
                    }
                }
            }
        }
        best as i32
    }
}
