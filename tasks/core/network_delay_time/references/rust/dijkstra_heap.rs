use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    // Dijkstra with a binary heap of (distance, node) and lazy deletion: O(E log E).
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, i32)>> = vec![Vec::new(); n + 1];
        for e in &times {
            adj[e[0] as usize].push((e[1] as usize, e[2]));
        }
        let mut dist = vec![-1i32; n + 1];
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0i32, k as usize)));
        let (mut reached, mut worst) = (0usize, 0i32);
        while let Some(Reverse((d, u))) = heap.pop() {
            if dist[u] != -1 {
                continue;
            }
            dist[u] = d;
            reached += 1;
            worst = d;
            for &(v, w) in &adj[u] {
                if dist[v] == -1 {
                    heap.push(Reverse((d + w, v)));
                }
            }
        }
        if reached == n { worst } else { -1 }
    }
}
