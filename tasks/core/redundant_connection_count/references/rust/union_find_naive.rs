impl Solution {
    pub fn count_redundant_connections(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut parent: Vec<usize> = (0..n as usize).collect();
        let mut redundant = 0;
        for edge in &edges {
            let (mut u, mut v) = (edge[0] as usize, edge[1] as usize);
            while parent[u] != u {
                u = parent[u];
            }
            while parent[v] != v {
                v = parent[v];
            }
            if u == v {
                redundant += 1;
            } else {
                parent[u] = v; // no balancing and no compression: trees may grow as deep as n
            }
        }
        redundant
    }
}
