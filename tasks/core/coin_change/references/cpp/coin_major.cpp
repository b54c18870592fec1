class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        const int unreachable = amount + 1;
        vector<int> best(amount + 1, unreachable);
        best[0] = 0;
        for (int coin : coins)
            for (int total = coin; total <= amount; ++total)
                best[total] = min(best[total], best[total - coin] + 1);
        return best[amount] == unreachable ? -1 : best[amount];
    }
};
