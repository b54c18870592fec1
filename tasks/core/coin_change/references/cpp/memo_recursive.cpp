class Solution {
    vector<int>* values = nullptr;
    unordered_map<int, int> memo;

    int fewest(int total) {
        if (total == 0) return 0;
        auto it = memo.find(total);
        if (it != memo.end()) return it->second;
        int best = -1;
        for (int coin : *values) {
            if (coin > total) continue;
            int rest = fewest(total - coin);
            if (rest >= 0 && (best < 0 || rest + 1 < best)) best = rest + 1;
        }
        memo[total] = best;
        return best;
    }

public:
    int coinChange(vector<int>& coins, int amount) {
        values = &coins;
        memo.clear();
        return fewest(amount);
    }
};
