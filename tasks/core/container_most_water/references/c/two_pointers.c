int maxArea(int* height, int heightSize) {
    int left = 0, right = heightSize - 1, best = 0;
    while (left < right) {
        int area;
        if (height[left] < height[right]) {
            area = height[left] * (right - left);
            ++left;
        } else {
            area = height[right] * (right - left);
            --right;
        }
        if (area > best) best = area;
    }
    return best;
}
