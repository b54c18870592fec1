use std::fmt::Write as _;
use std::io::{self, Read, Write};

// Prefix sums answer each query in O(1); output is built in one string and written once.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let q = tokens.next().unwrap() as usize;
    let mut prefix = vec![0i64; n + 1];
    for i in 1..=n {
        prefix[i] = prefix[i - 1] + tokens.next().unwrap();
    }
    let mut out = String::with_capacity(q * 12);
    for _ in 0..q {
        let l = tokens.next().unwrap() as usize;
        let r = tokens.next().unwrap() as usize;
        writeln!(out, "{}", prefix[r] - prefix[l - 1]).unwrap();
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
