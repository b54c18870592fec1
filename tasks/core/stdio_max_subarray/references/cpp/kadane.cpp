#include <cstdio>

// Best sum ending at each position, extended or restarted: O(n) time, O(1) extra space.
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long best, current, x;
    scanf("%lld", &best);
    current = best;
    for (int i = 1; i < n; ++i) {
        scanf("%lld", &x);
        current = current > 0 ? current + x : x;
        if (current > best) best = current;
    }
    printf("%lld\n", best);
}
