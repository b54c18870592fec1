/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
static int* values;  // qsort has no context argument, so the comparator reads the values from here

static int by_value(const void* a, const void* b) {
    int x = values[*(const int*)a], y = values[*(const int*)b];
    return (x > y) - (x < y);
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int* order = malloc(numsSize * sizeof(int));
    for (int k = 0; k < numsSize; k++) order[k] = k;
    values = nums;
    qsort(order, numsSize, sizeof(int), by_value);
    int lo = 0, hi = numsSize - 1;
    int* pair = NULL;
    *returnSize = 0;
    while (lo < hi) {
        int total = nums[order[lo]] + nums[order[hi]];
        if (total == target) {
            pair = malloc(2 * sizeof(int));
            pair[0] = order[lo] < order[hi] ? order[lo] : order[hi];
            pair[1] = order[lo] < order[hi] ? order[hi] : order[lo];
            *returnSize = 2;
            break;
        }
        if (total < target) lo++;
        else hi--;
    }
    free(order);
    return pair;
}
