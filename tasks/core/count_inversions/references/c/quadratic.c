#include <stdio.h>
#include <stdlib.h>

// Compare every pair: O(n^2).
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int* a = malloc(sizeof(int) * n);
    for (int i = 0; i < n; ++i) {
        if (scanf("%d", &a[i]) != 1) return 1;
    }
    long long count = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) count += a[j] < a[i];
    }
    printf("%lld\n", count);
    free(a);
    return 0;
}
