impl Solution {
    pub fn longest_palindromic_substring(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len();
        let mut best = 0;
        for i in 0..n {
            for j in (i + best)..n {
                // s[i..j] is longer than the best so far: check it from both ends.
                let (mut lo, mut hi) = (i, j);
                while lo < hi && b[lo] == b[hi] {
                    lo += 1;
                    hi -= 1;
                }
                if lo >= hi {
                    best = j - i + 1;
                }
            }
        }
        best as i32
    }
}
