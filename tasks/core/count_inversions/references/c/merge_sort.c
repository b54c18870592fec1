#include <stdio.h>
#include <stdlib.h>

// Sorts a[lo, hi) through `buffer` and returns its inversions: those inside each half plus the
// left values each right value jumps over while merging. O(n log n).
static long long sort_count(int* a, int* buffer, int lo, int hi) {
    if (hi - lo <= 1) return 0;
    int mid = lo + (hi - lo) / 2;
    long long count = sort_count(a, buffer, lo, mid) + sort_count(a, buffer, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) {
            buffer[k++] = a[j++];
            count += mid - i;
        } else {
            buffer[k++] = a[i++];
        }
    }
    while (i < mid) buffer[k++] = a[i++];
    while (j < hi) buffer[k++] = a[j++];
    for (k = lo; k < hi; ++k) a[k] = buffer[k];
    return count;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int* a = malloc(sizeof(int) * n);
    int* buffer = malloc(sizeof(int) * n);
    for (int i = 0; i < n; ++i) {
        if (scanf("%d", &a[i]) != 1) return 1;
    }
    printf("%lld\n", sort_count(a, buffer, 0, n));
    free(a);
    free(buffer);
    return 0;
}
