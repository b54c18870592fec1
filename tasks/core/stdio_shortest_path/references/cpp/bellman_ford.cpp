#include <cstdio>
#include <vector>
using namespace std;

// Bellman-Ford with an early exit: stop after the first pass that improves nothing.
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<int> from(m), to(m);
    vector<long long> cost(m);
    for (int k = 0; k < m; ++k) scanf("%d %d %lld", &from[k], &to[k], &cost[k]);
    const long long inf = 1LL << 62;
    vector<long long> dist(n + 1, inf);
    dist[1] = 0;
    for (int pass = 1; pass < n; ++pass) {
        bool changed = false;
        for (int k = 0; k < m; ++k) {
            if (dist[from[k]] != inf && dist[from[k]] + cost[k] < dist[to[k]]) {
                dist[to[k]] = dist[from[k]] + cost[k];
                changed = true;
            }
        }
        if (!changed) break;
    }
    for (int v = 1; v <= n; ++v) printf("%lld%c", dist[v] == inf ? -1 : dist[v], v == n ? '\n' : ' ');
}
