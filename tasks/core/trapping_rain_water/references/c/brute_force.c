int trap(int* height, int heightSize) {
    // Scan both sides for the tallest wall, every time.
    int total = 0;
    for (int i = 0; i < heightSize; i++) {
        int left = 0, right = 0;
        for (int j = 0; j <= i; j++) if (height[j] > left) left = height[j];
        for (int j = i; j < heightSize; j++) if (height[j] > right) right = height[j];
        total += (left < right ? left : right) - height[i];
    }
    return total;
}
