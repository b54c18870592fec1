impl Solution {
    pub fn shortest_path(n: i32, edges: Vec<Vec<i32>>, source: i32, target: i32) -> Vec<i32> {
        let n = n as usize;
        let (source, target) = (source as usize, target as usize);
        let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
        for e in &edges {
            neighbours[e[0] as usize].push(e[1] as usize);
            neighbours[e[1] as usize].push(e[0] as usize);
        }
        let unseen = usize::MAX;
        let mut parent = vec![unseen; n];
        parent[source] = source;
        let mut queue = Vec::with_capacity(n);
        queue.push(source);
        let mut head = 0;
        while head < queue.len() && parent[target] == unseen {
            let u = queue[head];
            head += 1;
            for &v in &neighbours[u] {
                if parent[v] == unseen {
                    parent[v] = u;
                    queue.push(v);
                }
            }
        }
        if parent[target] == unseen {
            return vec![];
        }
        let mut path = vec![target as i32];
        let mut v = target;
        while v != source {
            v = parent[v];
            path.push(v as i32);
        }
        path.reverse();
        path
    }
}
