class Solution {
public:
    long long connectSticks(vector<int>& sticks) {
        vector<long long> pile(sticks.begin(), sticks.end());
        long long total = 0;
        while (pile.size() > 1) {
            auto first = min_element(pile.begin(), pile.end());
            long long a = *first;
            pile.erase(first);
            auto second = min_element(pile.begin(), pile.end());
            long long b = *second;
            pile.erase(second);
            total += a + b;
            pile.push_back(a + b);
        }
        return total;
    }
};
