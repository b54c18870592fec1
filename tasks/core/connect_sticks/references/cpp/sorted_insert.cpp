class Solution {
public:
    long long connectSticks(vector<int>& sticks) {
        // Lengths kept in descending order: the two shortest come off the back, the joined stick is
        // inserted at its place (binary search, then an O(n) shift).
        vector<long long> pile(sticks.begin(), sticks.end());
        sort(pile.begin(), pile.end(), greater<long long>());
        long long total = 0;
        while (pile.size() > 1) {
            long long joined = pile.back();
            pile.pop_back();
            joined += pile.back();
            pile.pop_back();
            total += joined;
            pile.insert(upper_bound(pile.begin(), pile.end(), joined, greater<long long>()), joined);
        }
        return total;
    }
};
