impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let amount = amount as usize;
        let unreachable = amount as i32 + 1;
        let mut best = vec![unreachable; amount + 1];
        best[0] = 0;
        for &coin in &coins {
            let coin = coin as usize;
            for t in coin..=amount {
                best[t] = best[t].min(best[t - coin] + 1);
            }
        }
        if best[amount] == unreachable { -1 } else { best[amount] }
    }
}
