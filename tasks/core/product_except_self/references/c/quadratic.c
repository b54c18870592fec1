int* productExceptSelf(int* nums, int numsSize, int* returnSize) {
    int* answer = malloc(sizeof(int) * (numsSize > 0 ? numsSize : 1));
    for (int i = 0; i < numsSize; ++i) {
        int product = 1;
        for (int j = 0; j < numsSize; ++j)
            if (j != i) product *= nums[j];
        answer[i] = product;
    }
    *returnSize = numsSize;
    return answer;
}
