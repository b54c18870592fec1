class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        if (amount == 0) return 0;
        vector<char> seen(amount + 1, 0);
        vector<int> frontier{0}, following;
        for (int steps = 1; !frontier.empty(); ++steps) {
            following.clear();
            for (int total : frontier) {
                for (int coin : coins) {
                    long long reached = (long long)total + coin;
                    if (reached == amount) return steps;
                    if (reached < amount && !seen[reached]) {
                        seen[reached] = 1;
                        following.push_back((int)reached);
                    }
                }
            }
            frontier.swap(following);
        }
        return -1;
    }
};
