int* dailyTemperatures(int* temperatures, int temperaturesSize, int* returnSize) {
    int n = temperaturesSize;
    int* answer = calloc(n > 0 ? n : 1, sizeof(int));
    int* stack = malloc(sizeof(int) * (n > 0 ? n : 1)); /* days still waiting for a warmer one */
    int top = 0;
    for (int i = 0; i < n; ++i) {
        while (top > 0 && temperatures[stack[top - 1]] < temperatures[i]) {
            --top;
            answer[stack[top]] = i - stack[top];
        }
        stack[top++] = i;
    }
    free(stack);
    *returnSize = n;
    return answer;
}
