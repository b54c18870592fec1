use std::collections::HashMap;

impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        fn fewest(coins: &[i32], total: i32, memo: &mut HashMap<i32, i32>) -> i32 {
            if total == 0 {
                return 0;
            }
            if let Some(&known) = memo.get(&total) {
                return known;
            }
            let mut best = -1;
            for &coin in coins {
                if coin > total {
                    continue;
                }
                let rest = fewest(coins, total - coin, memo);
                if rest >= 0 && (best < 0 || rest + 1 < best) {
                    best = rest + 1;
                }
            }
            memo.insert(total, best);
            best
        }
        fewest(&coins, amount, &mut HashMap::new())
    }
}
