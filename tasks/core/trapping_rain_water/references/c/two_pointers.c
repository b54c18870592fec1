int trap(int* height, int heightSize) {
    // The lower side's tallest wall bounds the water there, whatever lies beyond the other pointer.
    int lo = 0, hi = heightSize - 1;
    int leftMax = 0, rightMax = 0, total = 0;
    while (lo < hi) {
        if (height[lo] < height[hi]) {
            if (height[lo] > leftMax) leftMax = height[lo];
            total += leftMax - height[lo++];
        } else {
            if (height[hi] > rightMax) rightMax = height[hi];
            total += rightMax - height[hi--];
        }
    }
    return total;
}
