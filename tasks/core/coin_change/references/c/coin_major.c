int coinChange(int* coins, int coinsSize, int amount) {
    const int unreachable = amount + 1;
    int* best = malloc(sizeof(int) * (amount + 1));
    best[0] = 0;
    for (int t = 1; t <= amount; ++t) best[t] = unreachable;
    for (int i = 0; i < coinsSize; ++i)
        for (int t = coins[i]; t <= amount; ++t)
            if (best[t - coins[i]] + 1 < best[t]) best[t] = best[t - coins[i]] + 1;
    int answer = best[amount] == unreachable ? -1 : best[amount];
    free(best);
    return answer;
}
