class Solution {
    public int coinChange(int[] coins, int amount) {
        int unreachable = amount + 1;
        int[] best = new int[amount + 1];
        Arrays.fill(best, unreachable);
        best[0] = 0;
        for (int coin : coins)
            for (int t = coin; t <= amount; ++t) best[t] = Math.min(best[t], best[t - coin] + 1);
        return best[amount] == unreachable ? -1 : best[amount];
    }
}
