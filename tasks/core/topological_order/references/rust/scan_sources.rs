impl Solution {
    pub fn topological_order(n: i32, edges: Vec<Vec<i32>>) -> Vec<i32> {
        let n = n as usize;
        let mut after: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut missing = vec![0u32; n]; // predecessors not yet placed, per node
        for e in &edges {
            after[e[0] as usize].push(e[1] as usize);
            missing[e[1] as usize] += 1;
        }
        let mut placed = vec![false; n];
        let mut order = Vec::with_capacity(n);
        for _ in 0..n {
            let mut u = 0;
            while placed[u] || missing[u] != 0 {
                u += 1; // rescan from 0 for the first node that is ready
            }
            placed[u] = true;
            order.push(u as i32);
            for &v in &after[u] {
                missing[v] -= 1;
            }
        }
        order
    }
}
