// The numbers in arrival order; every query sorts a copy.
typedef struct {
    int *nums, size, cap;
} MedianFinder;

MedianFinder* medianFinderCreate(void) {
    return calloc(1, sizeof(MedianFinder));
}

void medianFinderAddNum(MedianFinder* obj, int num) {
    if (obj->size == obj->cap) {
        obj->cap = obj->cap ? 2 * obj->cap : 64;
        obj->nums = realloc(obj->nums, sizeof(int) * obj->cap);
    }
    obj->nums[obj->size++] = num;
}

static int mf_compare(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

double medianFinderFindMedian(MedianFinder* obj) {
    int n = obj->size;
    int* ordered = malloc(sizeof(int) * n);
    memcpy(ordered, obj->nums, sizeof(int) * n);
    qsort(ordered, n, sizeof(int), mf_compare);
    double median = n % 2 ? ordered[n / 2] : (ordered[n / 2 - 1] + (double)ordered[n / 2]) / 2.0;
    free(ordered);
    return median;
}

void medianFinderFree(MedianFinder* obj) {
    free(obj->nums);
    free(obj);
}
