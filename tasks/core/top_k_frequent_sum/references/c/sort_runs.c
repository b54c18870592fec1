static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

/* Runs as (count, value) pairs, best first: higher count, then larger value. */
static int best_first(const void* a, const void* b) {
    const int* x = a;
    const int* y = b;
    if (x[0] != y[0]) return x[0] > y[0] ? -1 : 1;
    return (x[1] < y[1]) - (x[1] > y[1]);
}

long long topKFrequentSum(int* nums, int numsSize, int k) {
    // Equal values are adjacent once sorted, so counting is a scan over runs.
    int* sorted = malloc(numsSize * sizeof(int));
    memcpy(sorted, nums, numsSize * sizeof(int));
    qsort(sorted, numsSize, sizeof(int), ascending);
    int* runs = malloc(2 * numsSize * sizeof(int));
    int count = 0;
    for (int i = 0; i < numsSize;) {
        int j = i;
        while (j < numsSize && sorted[j] == sorted[i]) j++;
        runs[2 * count] = j - i;
        runs[2 * count + 1] = sorted[i];
        count++;
        i = j;
    }
    qsort(runs, count, 2 * sizeof(int), best_first);
    long long total = 0;
    for (int i = 0; i < k; i++) total += runs[2 * i + 1];
    free(sorted);
    free(runs);
    return total;
}
