/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
// Open addressing with linear probing over prefix sums; the table is a power of two at least twice
// the number of prefixes, so probe runs stay short. Sums are 64-bit so prefix - k cannot overflow.
int* subarrayWithSum(int* nums, int numsSize, int k, int* returnSize) {
    int capacity = 1;
    while (capacity < 2 * (numsSize + 1)) capacity <<= 1;
    long long* keys = malloc(capacity * sizeof(long long));
    int* first = malloc(capacity * sizeof(int)); /* index of the first prefix with that sum, -2 when empty */
    for (int s = 0; s < capacity; s++) first[s] = -2;
    unsigned mask = (unsigned)capacity - 1;
    int* range = NULL;
    *returnSize = 0;
    long long prefix = 0;
    unsigned h = 0;
    keys[h] = 0;
    first[h] = -1; /* the empty prefix */
    for (int j = 0; j < numsSize; j++) {
        prefix += nums[j];
        long long need = prefix - k;
        h = (unsigned)(((unsigned long long)need * 0x9E3779B97F4A7C15ull) >> 32) & mask;
        while (first[h] != -2 && keys[h] != need) h = (h + 1) & mask;
        if (first[h] != -2) {
            range = malloc(2 * sizeof(int));
            range[0] = first[h] + 1;
            range[1] = j;
            *returnSize = 2;
            break;
        }
        h = (unsigned)(((unsigned long long)prefix * 0x9E3779B97F4A7C15ull) >> 32) & mask;
        while (first[h] != -2 && keys[h] != prefix) h = (h + 1) & mask;
        if (first[h] == -2) { /* keep the first position of a repeated prefix sum */
            keys[h] = prefix;
            first[h] = j;
        }
    }
    free(keys);
    free(first);
    return range;
}
