class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> answer(n, 0), stack;  // later days with strictly decreasing temperatures
        stack.reserve(n);
        for (int i = n - 1; i >= 0; --i) {
            // A later day no warmer than today is never an answer for an earlier day either.
            while (!stack.empty() && temperatures[stack.back()] <= temperatures[i]) stack.pop_back();
            if (!stack.empty()) answer[i] = stack.back() - i;
            stack.push_back(i);
        }
        return answer;
    }
};
