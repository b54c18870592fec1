int singleNumber(int* nums, int numsSize) {
    /* per bit, (twos, ones) counts how often it was set, modulo 3: 00 -> 01 -> 10 -> 00 */
    unsigned ones = 0, twos = 0;
    for (int i = 0; i < numsSize; ++i) {
        ones = (ones ^ (unsigned)nums[i]) & ~twos;
        twos = (twos ^ (unsigned)nums[i]) & ~ones;
    }
    return (int)ones;
}
