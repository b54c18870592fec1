#include <stdio.h>

// Best sum ending at each position, extended or restarted: O(n) time, O(1) extra space.
int main(void) {
    int n;
    long long best, current, x;
    if (scanf("%d %lld", &n, &best) != 2) return 1;
    current = best;
    for (int i = 1; i < n; ++i) {
        if (scanf("%lld", &x) != 1) return 1;
        current = current > 0 ? current + x : x;
        if (current > best) best = current;
    }
    printf("%lld\n", best);
    return 0;
}
