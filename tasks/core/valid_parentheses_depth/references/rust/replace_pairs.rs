impl Solution {
    pub fn max_depth(s: String) -> i32 {
        let mut rest = s.clone();
        loop {
            let shorter = rest.replace("()", "").replace("[]", "").replace("{}", "");
            if shorter.len() == rest.len() {
                break;
            }
            rest = shorter;
        }
        if !rest.is_empty() {
            return -1;
        }
        let (mut depth, mut level) = (0, 0);
        for ch in s.bytes() {
            level += if ch == b'(' || ch == b'[' || ch == b'{' { 1 } else { -1 };
            depth = depth.max(level);
        }
        depth
    }
}
