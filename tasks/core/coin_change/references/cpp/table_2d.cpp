class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        const int unreachable = amount + 1;
        int n = coins.size();
        // table[i][t]: fewest coins making t with the first i coin values
        vector<vector<int>> table(n + 1, vector<int>(amount + 1, unreachable));
        table[0][0] = 0;
        for (int i = 1; i <= n; ++i) {
            int coin = coins[i - 1];
            for (int total = 0; total <= amount; ++total) {
                int fewest = table[i - 1][total];
                if (coin <= total) fewest = min(fewest, table[i][total - coin] + 1);
                table[i][total] = fewest;
            }
        }
        return table[n][amount] == unreachable ? -1 : table[n][amount];
    }
};
