impl Solution {
    pub fn count_redundant_connections(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut parent: Vec<usize> = (0..n).collect();
        let mut size = vec![1usize; n];
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]]; // path halving
                x = parent[x];
            }
            x
        }
        let mut redundant = 0;
        for edge in &edges {
            let mut u = find(&mut parent, edge[0] as usize);
            let mut v = find(&mut parent, edge[1] as usize);
            if u == v {
                redundant += 1;
                continue;
            }
            if size[u] < size[v] {
                std::mem::swap(&mut u, &mut v);
            }
            parent[v] = u; // union by size keeps trees shallow
            size[u] += size[v];
        }
        redundant
    }
}
