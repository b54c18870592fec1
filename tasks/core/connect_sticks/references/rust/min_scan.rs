impl Solution {
    pub fn connect_sticks(sticks: Vec<i32>) -> i64 {
        // Each join scans the remaining sticks for the two shortest.
        let mut pile: Vec<i64> = sticks.into_iter().map(i64::from).collect();
        let mut total = 0;
        while pile.len() > 1 {
            let a = Self::take_shortest(&mut pile);
            let b = Self::take_shortest(&mut pile);
            total += a + b;
            pile.push(a + b);
        }
        total
    }

    fn take_shortest(pile: &mut Vec<i64>) -> i64 {
        let mut best = 0;
        for k in 1..pile.len() {
            if pile[k] < pile[best] {
                best = k;
            }
        }
        pile.remove(best)
    }
}
