#include <math.h>

/* Euclid's algorithm on 80-bit long doubles: their 64-bit mantissa holds every value exactly and
   fmodl's remainder is exact, but each step is a slow x87 partial-remainder loop instead of one
   integer division. */
static long long gcd(long double a, long double b) {
    while (b != 0) {
        long double r = fmodl(a, b);
        a = b;
        b = r;
    }
    return (long long)a;
}

long long gcdPairSum(long long* nums, int numsSize) {
    long long total = 0;
    for (int i = 0; i + 1 < numsSize; i++) total += gcd(nums[i], nums[i + 1]);
    return total;
}
