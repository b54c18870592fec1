impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut merged: Vec<(i32, i32)> = Vec::new();
        for iv in &intervals {
            let (mut s, mut e) = (iv[0], iv[1]);
            let mut kept = Vec::with_capacity(merged.len() + 1);
            for &(os, oe) in &merged {
                if oe < s || os > e {
                    kept.push((os, oe));
                } else {
                    s = s.min(os);
                    e = e.max(oe);
                }
            }
            kept.push((s, e));
            merged = kept;
        }
        merged.sort();
        merged.into_iter().map(|(s, e)| vec![s, e]).collect()
    }
}
