class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] answer = new int[n];
        int[] stack = new int[n]; // days still waiting for a warmer one
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && temperatures[stack[top - 1]] < temperatures[i]) {
                int day = stack[--top];
                answer[day] = i - day;
            }
            stack[top++] = i;
        }
        return answer;
    }
}
