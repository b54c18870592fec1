#include <stdio.h>
#include <stdlib.h>

/* Sorts a[lo, hi) through buf and returns its inversions: a right element placed before left ones
   jumps over every left element not yet placed, each of them larger. */
static long long sort_count(int* a, int* buf, int lo, int hi) {
    if (hi - lo < 2) return 0;
    int mid = (lo + hi) / 2;
    long long count = sort_count(a, buf, lo, mid) + sort_count(a, buf, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[i] <= a[j]) {
            buf[k++] = a[i++];
        } else {
            count += mid - i;
            buf[k++] = a[j++];
        }
    }
    while (i < mid) buf[k++] = a[i++];
    while (j < hi) buf[k++] = a[j++];
    for (k = lo; k < hi; k++) a[k] = buf[k];
    return count;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int* a = malloc((n + 1) * sizeof(int));
    int* buf = malloc((n + 1) * sizeof(int));
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    printf("%lld\n", sort_count(a, buf, 0, n));
    free(a);
    free(buf);
    return 0;
}
