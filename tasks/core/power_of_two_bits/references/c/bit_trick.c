int countPowersOfTwo(long long* nums, int numsSize) {
    // x & (x - 1) clears the lowest set bit; only a single-bit value becomes zero.
    int count = 0;
    for (int i = 0; i < numsSize; i++) {
        long long x = nums[i];
        count += x > 0 && (x & (x - 1)) == 0;
    }
    return count;
}
