/**
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
var coinChange = function(coins, amount) {
    const memo = new Map();
    const fewest = (total) => {
        if (total === 0) return 0;
        if (memo.has(total)) return memo.get(total);
        let best = -1;
        for (const coin of coins) {
            if (coin > total) continue;
            const rest = fewest(total - coin);
            if (rest >= 0 && (best < 0 || rest + 1 < best)) best = rest + 1;
        }
        memo.set(total, best);
        return best;
    };
    return fewest(amount);
};
