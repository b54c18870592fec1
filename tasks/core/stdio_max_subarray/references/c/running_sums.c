#include <stdio.h>
#include <stdlib.h>

// A running sum from every start gives each of its subarrays in O(1): O(n^2) time.
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long* a = malloc((size_t)n * sizeof *a);
    for (int i = 0; i < n; ++i)
        if (scanf("%lld", &a[i]) != 1) return 1;
    long long best = a[0];
    for (int i = 0; i < n; ++i) {
        long long total = 0;
        for (int j = i; j < n; ++j) {
            total += a[j];
            if (total > best) best = total;
        }
    }
    printf("%lld\n", best);
    free(a);
    return 0;
}
