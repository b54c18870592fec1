long long gcdPairSum(long long* nums, int numsSize) {
    long long total = 0;
    for (int i = 0; i + 1 < numsSize; i++) {
        long long a = nums[i], b = nums[i + 1];
        while (b) {
            long long r = a % b;
            a = b;
            b = r;
        }
        total += a;
    }
    return total;
}
