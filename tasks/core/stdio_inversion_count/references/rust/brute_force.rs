use std::io::{self, Read};

// Compare every pair.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let a: Vec<i64> = tokens.take(n).collect();
    let mut count = 0u64;
    for i in 0..n {
        for j in i + 1..n {
            if a[i] > a[j] {
                count += 1;
            }
        }
    }
    println!("{}", count);
}
