int largestRectangleArea(int* heights, int heightsSize) {
    // Every start, extended to the right with a running minimum.
    int best = 0;
    for (int i = 0; i < heightsSize; i++) {
        int low = heights[i];
        for (int j = i; j < heightsSize; j++) {
            if (heights[j] < low) low = heights[j];
            int area = low * (j - i + 1);
            if (area > best) best = area;
        }
    }
    return best;
}
