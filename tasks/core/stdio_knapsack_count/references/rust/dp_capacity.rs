use std::io::{self, Read};

// 1-D DP over capacity, capacities scanned downwards so each item is used at most once.
// O(n * W) time, O(W) memory.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<usize> = input.split_ascii_whitespace().map(|t| t.parse().unwrap()).collect();
    if numbers.len() < 2 {
        return;
    }
    let (n, capacity) = (numbers[0], numbers[1]);
    let mut best = vec![0u32; capacity + 1];
    for i in 0..n {
        let (w, v) = (numbers[2 + 2 * i], numbers[3 + 2 * i] as u32);
        for c in (w..=capacity).rev() {
            let candidate = best[c - w] + v;
            if candidate > best[c] {
                best[c] = candidate;
            }
        }
    }
    println!("{}", best[capacity]);
}
