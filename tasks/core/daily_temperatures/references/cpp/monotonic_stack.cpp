class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> answer(n, 0), stack;  // days still waiting for a warmer one
        stack.reserve(n);
        for (int i = 0; i < n; ++i) {
            while (!stack.empty() && temperatures[stack.back()] < temperatures[i]) {
                answer[stack.back()] = i - stack.back();
                stack.pop_back();
            }
            stack.push_back(i);
        }
        return answer;
    }
};
