use std::io::{self, Read};

// The textbook 2-D table: table[i][c] = best value using the first i items within capacity c.
// O(n * W) time and O(n * W) memory.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<usize> = input.split_ascii_whitespace().map(|t| t.parse().unwrap()).collect();
    if numbers.len() < 2 {
        return;
    }
    let (n, capacity) = (numbers[0], numbers[1]);
    let mut table = vec![vec![0u32; capacity + 1]; n + 1];
    for i in 1..=n {
        let (w, v) = (numbers[2 * i], numbers[2 * i + 1] as u32);
        for c in 0..=capacity {
            let mut keep = table[i - 1][c];
            if c >= w && table[i - 1][c - w] + v > keep {
                keep = table[i - 1][c - w] + v;
            }
            table[i][c] = keep;
        }
    }
    println!("{}", table[n][capacity]);
}
