class Solution {
    private int[] values;
    private Map<Integer, Integer> memo;

    private int fewest(int total) {
        if (total == 0) return 0;
        Integer known = memo.get(total);
        if (known != null) return known;
        int best = -1;
        for (int coin : values) {
            if (coin > total) continue;
            int rest = fewest(total - coin);
            if (rest >= 0 && (best < 0 || rest + 1 < best)) best = rest + 1;
        }
        memo.put(total, best);
        return best;
    }

    public int coinChange(int[] coins, int amount) {
        values = coins;
        memo = new HashMap<>();
        return fewest(amount);
    }
}
