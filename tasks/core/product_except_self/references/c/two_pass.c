int* productExceptSelf(int* nums, int numsSize, int* returnSize) {
    int* answer = malloc(sizeof(int) * (numsSize > 0 ? numsSize : 1));
    int running = 1;
    for (int i = 0; i < numsSize; ++i) {
        answer[i] = running; /* product of everything left of i */
        running *= nums[i];
    }
    running = 1;
    for (int i = numsSize - 1; i >= 0; --i) {
        answer[i] *= running; /* times the product of everything right of i */
        running *= nums[i];
    }
    *returnSize = numsSize;
    return answer;
}
