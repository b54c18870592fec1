int* dailyTemperatures(int* temperatures, int temperaturesSize, int* returnSize) {
    int* answer = calloc(temperaturesSize > 0 ? temperaturesSize : 1, sizeof(int));
    for (int i = 0; i < temperaturesSize; ++i) {
        for (int j = i + 1; j < temperaturesSize; ++j) {
            if (temperatures[j] > temperatures[i]) {
                answer[i] = j - i;
                break;
            }
        }
    }
    *returnSize = temperaturesSize;
    return answer;
}
