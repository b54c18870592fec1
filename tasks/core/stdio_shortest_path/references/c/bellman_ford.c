#include <stdio.h>
#include <stdlib.h>

/* Bellman-Ford with an early exit: stop after the first pass that improves nothing. */
int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    int* from = malloc((m + 1) * sizeof(int));
    int* to = malloc((m + 1) * sizeof(int));
    long long* cost = malloc((m + 1) * sizeof(long long));
    for (int k = 0; k < m; k++) scanf("%d %d %lld", &from[k], &to[k], &cost[k]);
    const long long inf = 1LL << 62;
    long long* dist = malloc((n + 1) * sizeof(long long));
    for (int v = 0; v <= n; v++) dist[v] = inf;
    dist[1] = 0;
    for (int pass = 1; pass < n; pass++) {
        int changed = 0;
        for (int k = 0; k < m; k++) {
            if (dist[from[k]] != inf && dist[from[k]] + cost[k] < dist[to[k]]) {
                dist[to[k]] = dist[from[k]] + cost[k];
                changed = 1;
            }
        }
        if (!changed) break;
    }
    for (int v = 1; v <= n; v++) printf("%lld%c", dist[v] == inf ? -1 : dist[v], v == n ? '\n' : ' ');
    free(from);
    free(to);
    free(cost);
    free(dist);
    return 0;
}
