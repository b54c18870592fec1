use std::io::{self, Read, Write};

// Each query sums its range: O(n + q * L) for queries of average length L.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let q = tokens.next().unwrap() as usize;
    let a: Vec<i64> = tokens.by_ref().take(n).collect();
    let mut out = String::with_capacity(q * 12);
    for _ in 0..q {
        let l = tokens.next().unwrap() as usize;
        let r = tokens.next().unwrap() as usize;
        let mut total = 0i64;
        for i in l - 1..r {
            total += a[i];
        }
        out.push_str(&total.to_string());
        out.push('\n');
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
