class Solution {
public:
    long long connectSticks(vector<int>& sticks) {
        // A balanced search tree as the priority queue: O(log n) per operation, heavier constant.
        multiset<long long> pile(sticks.begin(), sticks.end());
        long long total = 0;
        while (pile.size() > 1) {
            long long a = *pile.begin();
            pile.erase(pile.begin());
            long long b = *pile.begin();
            pile.erase(pile.begin());
            total += a + b;
            pile.insert(a + b);
        }
        return total;
    }
};
