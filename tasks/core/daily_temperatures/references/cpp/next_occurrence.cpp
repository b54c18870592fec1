class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> answer(n, 0);
        const int never = n;  // sentinel: this temperature does not occur later
        array<int, 102> nearest;  // nearest[t] = first later day with temperature t
        nearest.fill(never);
        for (int i = n - 1; i >= 0; --i) {
            int first = never;
            for (int t = temperatures[i] + 1; t <= 100; ++t) first = min(first, nearest[t]);
            if (first != never) answer[i] = first - i;
            nearest[temperatures[i]] = i;
        }
        return answer;
    }
};
