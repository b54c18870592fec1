use std::io::{self, Read};

// Compare every pair: O(n^2).
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i32>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let a: Vec<i32> = tokens.take(n).collect();
    let mut count: u64 = 0;
    for i in 0..n {
        for j in i + 1..n {
            if a[j] < a[i] {
                count += 1;
            }
        }
    }
    println!("{}", count);
}
