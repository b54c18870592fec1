impl Solution {
    pub fn word_break_count(s: String, word_dict: Vec<String>) -> i32 {
        const MOD: i32 = 1_000_000_007;
        // Trie in flat vectors: next[node][letter], 0 meaning no child (the root is never a child).
        let mut next: Vec<[u32; 26]> = vec![[0; 26]];
        let mut ends = vec![false];
        for w in &word_dict {
            let mut node = 0usize;
            for &ch in w.as_bytes() {
                let letter = (ch - b'a') as usize;
                if next[node][letter] == 0 {
                    next[node][letter] = next.len() as u32;
                    next.push([0; 26]);
                    ends.push(false);
                }
                node = next[node][letter] as usize;
            }
            ends[node] = true;
        }
        let text = s.as_bytes();
        let n = text.len();
        let mut ways = vec![0i32; n + 1];
        ways[0] = 1;
        for i in 0..n {
            let w = ways[i];
            if w == 0 {
                continue;
            }
            // Walk the trie along s from i: every word end reached is one more way to continue.
            let mut node = 0usize;
            for j in i..n {
                node = next[node][(text[j] - b'a') as usize] as usize;
                if node == 0 {
                    break;
                }
                if ends[node] {
                    ways[j + 1] = (ways[j + 1] + w) % MOD;
                }
            }
        }
        ways[n]
    }
}
