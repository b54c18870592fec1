int largestRectangleArea(int* heights, int heightsSize) {
    // left[i] / right[i]: nearest lower bar on each side, found by jumping along earlier answers.
    int n = heightsSize;
    int* left = malloc((n + 1) * sizeof(int));
    int* right = malloc((n + 1) * sizeof(int));
    for (int i = 0; i < n; i++) {
        int j = i - 1;
        while (j >= 0 && heights[j] >= heights[i]) j = left[j];
        left[i] = j;
    }
    for (int i = n - 1; i >= 0; i--) {
        int j = i + 1;
        while (j < n && heights[j] >= heights[i]) j = right[j];
        right[i] = j;
    }
    int best = 0;
    for (int i = 0; i < n; i++) {
        int area = heights[i] * (right[i] - left[i] - 1);
        if (area > best) best = area;
    }
    free(left);
    free(right);
    return best;
}
