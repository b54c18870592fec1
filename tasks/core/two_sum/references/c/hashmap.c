/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
// Open addressing with linear probing; the table is a power of two at least twice the input size,
// so probe runs stay short.
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int capacity = 1;
    while (capacity < 2 * numsSize) capacity <<= 1;
    int* keys = malloc(capacity * sizeof(int));
    int* slots = malloc(capacity * sizeof(int));  // index into nums, or -1 when empty
    for (int k = 0; k < capacity; k++) slots[k] = -1;
    unsigned mask = (unsigned)capacity - 1;
    int* pair = NULL;
    *returnSize = 0;
    for (int j = 0; j < numsSize && pair == NULL; j++) {
        int need = target - nums[j];
        unsigned h = ((unsigned)need * 2654435761u) & mask;
        while (slots[h] != -1 && keys[h] != need) h = (h + 1) & mask;
        if (slots[h] != -1) {
            pair = malloc(2 * sizeof(int));
            pair[0] = slots[h];
            pair[1] = j;
            *returnSize = 2;
            break;
        }
        h = ((unsigned)nums[j] * 2654435761u) & mask;
        while (slots[h] != -1 && keys[h] != nums[j]) h = (h + 1) & mask;
        if (slots[h] == -1) {  // keep the first position of a repeated value
            keys[h] = nums[j];
            slots[h] = j;
        }
    }
    free(keys);
    free(slots);
    return pair;
}
