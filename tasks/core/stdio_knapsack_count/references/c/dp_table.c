#include <stdio.h>
#include <stdlib.h>

/* The textbook 2-D table: table[i][c] = best value using the first i items within capacity c.
   O(n * W) time and O(n * W) memory. */
int main(void) {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2) return 0;
    size_t width = (size_t)capacity + 1;
    int *table = calloc(((size_t)n + 1) * width, sizeof *table);
    for (int i = 1; i <= n; i++) {
        int w, v;
        if (scanf("%d %d", &w, &v) != 2) return 1;
        const int *previous = table + (size_t)(i - 1) * width;
        int *row = table + (size_t)i * width;
        for (int c = 0; c <= capacity; c++) {
            row[c] = previous[c];
            if (c >= w && previous[c - w] + v > row[c]) row[c] = previous[c - w] + v;
        }
    }
    printf("%d\n", table[(size_t)n * width + capacity]);
    free(table);
    return 0;
}
