// A max-heap of the smaller half and a min-heap of the larger half (binary heaps in growing arrays; the
// max-heap holds negated values), the lower one at most one larger.
typedef struct {
    int *a, size, cap;
} MfHeap;

static void mf_push(MfHeap* h, int x) {
    if (h->size == h->cap) {
        h->cap = h->cap ? 2 * h->cap : 64;
        h->a = realloc(h->a, sizeof(int) * h->cap);
    }
    int i = h->size++;
    while (i > 0 && h->a[(i - 1) / 2] > x) {
        h->a[i] = h->a[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->a[i] = x;
}

static int mf_pop(MfHeap* h) {
    int top = h->a[0], x = h->a[--h->size], i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= h->size) break;
        if (c + 1 < h->size && h->a[c + 1] < h->a[c]) c++;
        if (h->a[c] >= x) break;
        h->a[i] = h->a[c];
        i = c;
    }
    h->a[i] = x;
    return top;
}

typedef struct {
    MfHeap low, high;
} MedianFinder;

MedianFinder* medianFinderCreate(void) {
    return calloc(1, sizeof(MedianFinder));
}

void medianFinderAddNum(MedianFinder* obj, int num) {
    mf_push(&obj->low, -num);
    mf_push(&obj->high, -mf_pop(&obj->low));
    if (obj->high.size > obj->low.size) mf_push(&obj->low, -mf_pop(&obj->high));
}

double medianFinderFindMedian(MedianFinder* obj) {
    if (obj->low.size > obj->high.size) return -obj->low.a[0];
    return (-obj->low.a[0] + (double)obj->high.a[0]) / 2.0;
}

void medianFinderFree(MedianFinder* obj) {
    free(obj->low.a);
    free(obj->high.a);
    free(obj);
}
