int* maxSlidingWindow(int* nums, int numsSize, int k, int* returnSize) {
    // An array used as a deque of indices whose values decrease from front to back.
    int* window = malloc(numsSize * sizeof(int));
    int* out = malloc((numsSize - k + 1) * sizeof(int));
    int head = 0, tail = 0, count = 0;
    for (int i = 0; i < numsSize; i++) {
        while (tail > head && nums[window[tail - 1]] <= nums[i]) tail--;  // can never be a maximum again
        window[tail++] = i;
        if (window[head] <= i - k) head++;
        if (i >= k - 1) out[count++] = nums[window[head]];
    }
    free(window);
    *returnSize = count;
    return out;
}
