/* memo[t] == -2 means "not computed yet" */
static int fewest(const int* coins, int coinsSize, int* memo, int total) {
    if (total == 0) return 0;
    if (memo[total] != -2) return memo[total];
    int best = -1;
    for (int i = 0; i < coinsSize; ++i) {
        if (coins[i] > total) continue;
        int rest = fewest(coins, coinsSize, memo, total - coins[i]);
        if (rest >= 0 && (best < 0 || rest + 1 < best)) best = rest + 1;
    }
    memo[total] = best;
    return best;
}

int coinChange(int* coins, int coinsSize, int amount) {
    int* memo = malloc(sizeof(int) * (amount + 1));
    for (int t = 0; t <= amount; ++t) memo[t] = -2;
    int answer = fewest(coins, coinsSize, memo, amount);
    free(memo);
    return answer;
}
