int largestRectangleArea(int* heights, int heightsSize) {
    // stack holds indices of bars with increasing heights; a lower bar closes every taller bar on it.
    int* stack = malloc((heightsSize + 1) * sizeof(int));
    int top = 0;
    int best = 0;
    for (int i = 0; i <= heightsSize; i++) {
        int h = i < heightsSize ? heights[i] : 0;  // the trailing zero flushes the stack
        while (top > 0 && heights[stack[top - 1]] >= h) {
            int height = heights[stack[--top]];
            int left = top > 0 ? stack[top - 1] : -1;
            int area = height * (i - left - 1);
            if (area > best) best = area;
        }
        stack[top++] = i;
    }
    free(stack);
    return best;
}
