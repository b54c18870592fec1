impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let (long, short) = if word1.len() >= word2.len() { (word1, word2) } else { (word2, word1) };
        let (a, b) = (long.as_bytes(), short.as_bytes());
        let n = b.len();
        let mut previous: Vec<i32> = (0..=n as i32).collect();
        let mut current = vec![0i32; n + 1];
        for i in 1..=a.len() {
            current[0] = i as i32;
            for j in 1..=n {
                current[j] = if a[i - 1] == b[j - 1] {
                    previous[j - 1]
                } else {
                    1 + previous[j - 1].min(previous[j]).min(current[j - 1])
                };
            }
            std::mem::swap(&mut previous, &mut current);
        }
        previous[n]
    }
}
