impl Solution {
    pub fn longest_palindromic_substring(s: String) -> i32 {
        let b = s.as_bytes();
        if b.is_empty() {
            return 0;
        }
        // Separators make every palindrome odd-length: "aba" -> "^#a#b#a#$" (sentinels stop expansion).
        let mut t = Vec::with_capacity(2 * b.len() + 3);
        t.push(b'^');
        t.push(b'#');
        for &c in b {
            t.push(c);
            t.push(b'#');
        }
        t.push(b'$');
        let m = t.len();
        let mut radius = vec![0usize; m];
        let (mut center, mut right, mut best) = (0usize, 0usize, 0usize);
        for i in 1..m - 1 {
            if i < right {
                radius[i] = (right - i).min(radius[2 * center - i]);
            }
            while t[i + radius[i] + 1] == t[i - radius[i] - 1] {
                radius[i] += 1;
            }
            if i + radius[i] > right {
                center = i;
                right = i + radius[i];
            }
            best = best.max(radius[i]);
        }
        best as i32
    }
}
