#include <stdio.h>
#include <stdlib.h>

/* Compare every pair. */
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int* a = malloc((n + 1) * sizeof(int));
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    long long count = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) count += a[i] > a[j];
    printf("%lld\n", count);
    free(a);
    return 0;
}
