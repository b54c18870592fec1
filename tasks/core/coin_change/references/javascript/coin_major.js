/**
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
var coinChange = function(coins, amount) {
    const unreachable = amount + 1;
    const best = new Int32Array(amount + 1).fill(unreachable);
    best[0] = 0;
    for (const coin of coins) {
        for (let t = coin; t <= amount; t++) {
            if (best[t - coin] + 1 < best[t]) best[t] = best[t - coin] + 1;
        }
    }
    return best[amount] === unreachable ? -1 : best[amount];
};
