impl Solution {
    pub fn group_anagram_count(strs: Vec<String>) -> i32 {
        let mut representatives: Vec<[u32; 26]> = Vec::new(); // letter counts of one word per group
        for word in &strs {
            let mut counts = [0u32; 26];
            for b in word.bytes() {
                counts[(b - b'a') as usize] += 1;
            }
            if !representatives.iter().any(|known| *known == counts) {
                representatives.push(counts);
            }
        }
        representatives.len() as i32
    }
}
