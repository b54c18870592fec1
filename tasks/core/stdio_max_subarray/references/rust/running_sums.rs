use std::io::{self, Read};

// A running sum from every start gives each of its subarrays in O(1): O(n^2) time.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let a: Vec<i64> = tokens.take(n).map(|t| t.parse().unwrap()).collect();
    let mut best = a[0];
    for i in 0..n {
        let mut total = 0i64;
        for &x in &a[i..] {
            total += x;
            if total > best {
                best = total;
            }
        }
    }
    println!("{}", best);
}
