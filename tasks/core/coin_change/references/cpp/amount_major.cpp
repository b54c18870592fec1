class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        const int unreachable = amount + 1;
        vector<int> best(amount + 1, unreachable);
        best[0] = 0;
        for (int total = 1; total <= amount; ++total)
            for (int coin : coins)
                if (coin <= total) best[total] = min(best[total], best[total - coin] + 1);
        return best[amount] == unreachable ? -1 : best[amount];
    }
};
