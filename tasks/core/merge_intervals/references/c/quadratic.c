static int compareStarts(const void* a, const void* b) {
    const int* x = (const int*)a;
    const int* y = (const int*)b;
    return (x[0] > y[0]) - (x[0] < y[0]);
}

int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize,
            int** returnColumnSizes) {
    (void)intervalsColSize;
    /* merged intervals so far, packed as start,end pairs and kept disjoint */
    int* spans = malloc(sizeof(int) * 2 * (intervalsSize ? intervalsSize : 1));
    int count = 0;
    for (int i = 0; i < intervalsSize; ++i) {
        int s = intervals[i][0], e = intervals[i][1];
        int kept = 0;
        for (int j = 0; j < count; ++j) {
            int os = spans[2 * j], oe = spans[2 * j + 1];
            if (oe < s || os > e) {
                spans[2 * kept] = os;
                spans[2 * kept + 1] = oe;
                ++kept;
            } else {
                if (os < s) s = os;
                if (oe > e) e = oe;
            }
        }
        spans[2 * kept] = s;
        spans[2 * kept + 1] = e;
        count = kept + 1;
    }
    qsort(spans, count, 2 * sizeof(int), compareStarts);
    int** merged = malloc(sizeof(int*) * (count ? count : 1));
    *returnColumnSizes = malloc(sizeof(int) * (count ? count : 1));
    for (int i = 0; i < count; ++i) {
        merged[i] = malloc(2 * sizeof(int));
        merged[i][0] = spans[2 * i];
        merged[i][1] = spans[2 * i + 1];
        (*returnColumnSizes)[i] = 2;
    }
    free(spans);
    *returnSize = count;
    return merged;
}
