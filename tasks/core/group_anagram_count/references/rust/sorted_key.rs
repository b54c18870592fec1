use std::collections::HashSet;

impl Solution {
    pub fn group_anagram_count(strs: Vec<String>) -> i32 {
        let mut keys: HashSet<Vec<u8>> = HashSet::with_capacity(strs.len());
        for word in &strs {
            let mut key = word.as_bytes().to_vec();
            key.sort_unstable();
            keys.insert(key);
        }
        keys.len() as i32
    }
}
