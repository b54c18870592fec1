int countPowersOfTwo(long long* nums, int numsSize) {
    int count = 0;
    for (int i = 0; i < numsSize; i++) {
        long long power = 1;
        for (int e = 0; e < 63; e++, power *= 2) {
            if (nums[i] == power) {
                count++;
                break;
            }
        }
    }
    return count;
}
