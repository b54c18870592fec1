impl Solution {
    pub fn max_depth(s: String) -> i32 {
        let mut stack: Vec<u8> = Vec::with_capacity(s.len());
        let mut depth = 0;
        for ch in s.bytes() {
            let expected = match ch {
                b'(' => b')',
                b'[' => b']',
                b'{' => b'}',
                _ => {
                    if stack.pop() != Some(ch) {
                        return -1;
                    }
                    continue;
                }
            };
            stack.push(expected);
            depth = depth.max(stack.len());
        }
        if stack.is_empty() { depth as i32 } else { -1 }
    }
}
