class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> answer(n, 0);
        for (int i = n - 2; i >= 0; --i) {
            int j = i + 1;
            // Day j is not warmer: no day before j's own answer is warmer than j, so jump there.
            while (temperatures[j] <= temperatures[i]) {
                if (answer[j] == 0) {
                    j = i;  // no warmer day at all
                    break;
                }
                j += answer[j];
            }
            answer[i] = j - i;
        }
        return answer;
    }
};
