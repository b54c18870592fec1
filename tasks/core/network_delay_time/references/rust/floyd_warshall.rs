impl Solution {
    // All-pairs shortest paths, O(n^3); only the source's row is used.
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        const INF: i32 = i32::MAX / 2;
        let size = n as usize + 1;
        let mut dist = vec![vec![INF; size]; size];
        for i in 1..size {
            dist[i][i] = 0;
        }
        for e in &times {
            let (u, v) = (e[0] as usize, e[1] as usize);
            dist[u][v] = dist[u][v].min(e[2]);
        }
        for m in 1..size {
            let via = dist[m].clone();
            for i in 1..size {
                let row = &mut dist[i];
                let d_im = row[m];
                if d_im == INF {
                    continue;
                }
                for j in 1..size {
                    if d_im + via[j] < row[j] {
                        row[j] = d_im + via[j];
                    }
                }
            }
        }
        let worst = dist[k as usize][1..].iter().copied().max().unwrap_or(0);
        if worst >= INF { -1 } else { worst }
    }
}
