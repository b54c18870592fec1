use std::collections::HashMap;

impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        fn distance(a: &[u8], b: &[u8], i: usize, j: usize, memo: &mut HashMap<(usize, usize), i32>) -> i32 {
            if i == a.len() {
                return (b.len() - j) as i32;
            }
            if j == b.len() {
                return (a.len() - i) as i32;
            }
            if let Some(&known) = memo.get(&(i, j)) {
                return known;
            }
            let result = if a[i] == b[j] {
                distance(a, b, i + 1, j + 1, memo)
            } else {
                let replace = distance(a, b, i + 1, j + 1, memo);
                let delete = distance(a, b, i + 1, j, memo);
                let insert = distance(a, b, i, j + 1, memo);
                1 + replace.min(delete).min(insert)
            };
            memo.insert((i, j), result);
            result
        }
        distance(word1.as_bytes(), word2.as_bytes(), 0, 0, &mut HashMap::new())
    }
}
