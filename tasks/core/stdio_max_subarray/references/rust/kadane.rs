use std::io::{self, Read};

// Best sum ending at each position, extended or restarted: O(n) time, O(1) extra space.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let mut values = tokens.take(n).map(|t| t.parse::<i64>().unwrap());
    let mut best = values.next().unwrap();
    let mut current = best;
    for x in values {
        current = if current > 0 { current + x } else { x };
        best = best.max(current);
    }
    println!("{}", best);
}
