#include <stdio.h>
#include <stdlib.h>

/* Bubble sort: every swap exchanges one adjacent inverted pair, so the swaps count the inversions. */
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int* a = malloc((n + 1) * sizeof(int));
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    long long count = 0;
    for (int end = n - 1; end > 0; end--) {
        int swapped = 0;
        for (int i = 0; i < end; i++) {
            if (a[i] > a[i + 1]) {
                int t = a[i];
                a[i] = a[i + 1];
                a[i + 1] = t;
                count++;
                swapped = 1;
            }
        }
        if (!swapped) break; /* sorted: no inversions left */
    }
    printf("%lld\n", count);
    free(a);
    return 0;
}
