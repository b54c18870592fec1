impl Solution {
    pub fn shortest_path(n: i32, edges: Vec<Vec<i32>>, source: i32, target: i32) -> Vec<i32> {
        let n = n as usize;
        let (source, target) = (source as usize, target as usize);
        let unreached = n; // longer than any path
        let mut dist = vec![unreached; n];
        let mut parent = vec![usize::MAX; n];
        dist[source] = 0;
        let mut changed = true;
        while changed {
            // Bellman-Ford: relax every edge, both ways, until a round changes nothing
            changed = false;
            for e in &edges {
                let (u, v) = (e[0] as usize, e[1] as usize);
                if dist[u] + 1 < dist[v] {
                    dist[v] = dist[u] + 1;
                    parent[v] = u;
                    changed = true;
                } else if dist[v] + 1 < dist[u] {
                    dist[u] = dist[v] + 1;
                    parent[u] = v;
                    changed = true;
                }
            }
        }
        if dist[target] == unreached {
            return vec![];
        }
        let mut path = vec![0i32; dist[target] + 1];
        let mut i = path.len() - 1;
        let mut v = target;
        while v != source {
            path[i] = v as i32;
            i -= 1;
            v = parent[v];
        }
        path[0] = source as i32;
        path
    }
}
