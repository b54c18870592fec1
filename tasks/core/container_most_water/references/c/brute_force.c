int maxArea(int* height, int heightSize) {
    int best = 0;
    for (int i = 0; i < heightSize; ++i) {
        for (int j = i + 1; j < heightSize; ++j) {
            int low = height[i] < height[j] ? height[i] : height[j];
            if (low * (j - i) > best) best = low * (j - i);
        }
    }
    return best;
}
