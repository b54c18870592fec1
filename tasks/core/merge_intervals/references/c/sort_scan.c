static int compareStarts(const void* a, const void* b) {
    const int* x = *(const int* const*)a;
    const int* y = *(const int* const*)b;
    return (x[0] > y[0]) - (x[0] < y[0]);
}

int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize,
            int** returnColumnSizes) {
    (void)intervalsColSize;
    int** order = malloc(sizeof(int*) * (intervalsSize ? intervalsSize : 1));
    for (int i = 0; i < intervalsSize; ++i) order[i] = intervals[i];
    qsort(order, intervalsSize, sizeof(int*), compareStarts);
    int** merged = malloc(sizeof(int*) * (intervalsSize ? intervalsSize : 1));
    int count = 0;
    for (int i = 0; i < intervalsSize; ++i) {
        int s = order[i][0], e = order[i][1];
        if (count > 0 && s <= merged[count - 1][1]) {
            if (e > merged[count - 1][1]) merged[count - 1][1] = e;
        } else {
            merged[count] = malloc(2 * sizeof(int));
            merged[count][0] = s;
            merged[count][1] = e;
            ++count;
        }
    }
    free(order);
    *returnSize = count;
    *returnColumnSizes = malloc(sizeof(int) * (count ? count : 1));
    for (int i = 0; i < count; ++i) (*returnColumnSizes)[i] = 2;
    return merged;
}
