static long long stein(long long a, long long b) {
    if (a == 0 || b == 0) return a | b;
    int shift = 0;
    while (((a | b) & 1) == 0) {  // common factors of two, one at a time
        a >>= 1;
        b >>= 1;
        shift++;
    }
    while ((a & 1) == 0) a >>= 1;
    while (b) {
        while ((b & 1) == 0) b >>= 1;
        if (a > b) {
            long long t = a;
            a = b;
            b = t;
        }
        b -= a;  // both odd: the difference is even
    }
    return a << shift;
}

long long gcdPairSum(long long* nums, int numsSize) {
    long long total = 0;
    for (int i = 0; i + 1 < numsSize; i++) total += stein(nums[i], nums[i + 1]);
    return total;
}
