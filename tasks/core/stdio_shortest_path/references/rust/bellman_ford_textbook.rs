use std::io::{self, Read, Write};

// Textbook Bellman-Ford: n - 1 full passes over the edge list, whether or not anything changes.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let m = tokens.next().unwrap() as usize;
    let mut edges = Vec::with_capacity(m);
    for _ in 0..m {
        let u = tokens.next().unwrap() as usize;
        let v = tokens.next().unwrap() as usize;
        let w = tokens.next().unwrap();
        edges.push((u, v, w));
    }
    const INF: i64 = 1 << 62;
    let mut dist = vec![INF; n + 1];
    dist[1] = 0;
    for _ in 1..n {
        for &(u, v, w) in &edges {
            if dist[u] != INF && dist[u] + w < dist[v] {
                dist[v] = dist[u] + w;
            }
        }
    }
    let out: Vec<String> = dist[1..].iter().map(|&d| if d == INF { -1 } else { d }.to_string()).collect();
    io::stdout().write_all((out.join(" ") + "\n").as_bytes()).unwrap();
}
