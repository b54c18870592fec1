static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

int singleNumber(int* nums, int numsSize) {
    int* a = malloc(sizeof(int) * numsSize);
    memcpy(a, nums, sizeof(int) * numsSize);
    qsort(a, numsSize, sizeof(int), ascending);
    int answer = a[numsSize - 1];
    for (int i = 0; i + 2 < numsSize; i += 3) {
        if (a[i] != a[i + 2]) {
            answer = a[i];
            break;
        }
    }
    free(a);
    return answer;
}
