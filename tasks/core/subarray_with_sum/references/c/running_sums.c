/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* subarrayWithSum(int* nums, int numsSize, int k, int* returnSize) {
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        long long total = 0;
        for (int j = i; j < numsSize; j++) {
            total += nums[j];
            if (total == k) {
                int* range = malloc(2 * sizeof(int));
                range[0] = i;
                range[1] = j;
                *returnSize = 2;
                return range;
            }
        }
    }
    return NULL;
}
