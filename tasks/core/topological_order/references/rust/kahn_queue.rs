impl Solution {
    pub fn topological_order(n: i32, edges: Vec<Vec<i32>>) -> Vec<i32> {
        let n = n as usize;
        let mut after: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut missing = vec![0u32; n]; // predecessors not yet placed, per node
        for e in &edges {
            after[e[0] as usize].push(e[1] as usize);
            missing[e[1] as usize] += 1;
        }
        let mut order: Vec<usize> = (0..n).filter(|&u| missing[u] == 0).collect(); // doubles as the FIFO queue
        let mut head = 0;
        while head < order.len() {
            let u = order[head];
            head += 1;
            for &v in &after[u] {
                missing[v] -= 1;
                if missing[v] == 0 {
                    order.push(v);
                }
            }
        }
        order.into_iter().map(|u| u as i32).collect()
    }
}
