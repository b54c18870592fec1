use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{self, Read, Write};

// Dijkstra with a BinaryHeap of Reverse((distance, node)) and lazy deletion.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let m = tokens.next().unwrap() as usize;
    let mut adj: Vec<Vec<(usize, i64)>> = vec![Vec::new(); n + 1];
    for _ in 0..m {
        let u = tokens.next().unwrap() as usize;
        let v = tokens.next().unwrap() as usize;
        let w = tokens.next().unwrap();
        adj[u].push((v, w));
    }
    let mut dist = vec![-1i64; n + 1];
    let mut heap = BinaryHeap::new();
    heap.push(Reverse((0i64, 1usize)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if dist[u] >= 0 {
            continue;
        }
        dist[u] = d;
        for &(v, w) in &adj[u] {
            if dist[v] < 0 {
                heap.push(Reverse((d + w, v)));
            }
        }
    }
    let out: Vec<String> = dist[1..].iter().map(|d| d.to_string()).collect();
    io::stdout().write_all((out.join(" ") + "\n").as_bytes()).unwrap();
}
