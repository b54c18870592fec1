#include <stdio.h>
#include <stdlib.h>

// Each query sums its range: O(n + q * L) for queries of average length L.
int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    long long* a = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; ++i) {
        if (scanf("%lld", &a[i]) != 1) return 1;
    }
    for (int k = 0; k < q; ++k) {
        int l, r;
        if (scanf("%d %d", &l, &r) != 2) return 1;
        long long total = 0;
        for (int i = l - 1; i < r; ++i) total += a[i];
        printf("%lld\n", total);
    }
    free(a);
    return 0;
}
