#include <stdio.h>
#include <stdlib.h>

/* 1-D DP over capacity, capacities scanned downwards so each item is used at most once.
   O(n * W) time, O(W) memory. */
int main(void) {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2) return 0;
    int *best = calloc((size_t)capacity + 1, sizeof *best);
    for (int i = 0; i < n; i++) {
        int w, v;
        if (scanf("%d %d", &w, &v) != 2) return 1;
        for (int c = capacity; c >= w; c--) {
            int candidate = best[c - w] + v;
            if (candidate > best[c]) best[c] = candidate;
        }
    }
    printf("%d\n", best[capacity]);
    free(best);
    return 0;
}
