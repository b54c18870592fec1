int* maxSlidingWindow(int* nums, int numsSize, int k, int* returnSize) {
    int count = numsSize - k + 1;
    int* out = malloc(count * sizeof(int));
    for (int start = 0; start < count; start++) {
        int best = nums[start];
        for (int i = start + 1; i < start + k; i++) if (nums[i] > best) best = nums[i];
        out[start] = best;
    }
    *returnSize = count;
    return out;
}
