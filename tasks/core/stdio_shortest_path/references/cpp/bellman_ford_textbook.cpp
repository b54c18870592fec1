#include <cstdio>
#include <vector>
using namespace std;

// Textbook Bellman-Ford: n - 1 full passes over the edge list, whether or not anything changes.
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<int> from(m), to(m);
    vector<long long> cost(m);
    for (int k = 0; k < m; ++k) scanf("%d %d %lld", &from[k], &to[k], &cost[k]);
    const long long inf = 1LL << 62;
    vector<long long> dist(n + 1, inf);
    dist[1] = 0;
    for (int pass = 1; pass < n; ++pass)
        for (int k = 0; k < m; ++k)
            if (dist[from[k]] != inf && dist[from[k]] + cost[k] < dist[to[k]]) dist[to[k]] = dist[from[k]] + cost[k];
    for (int v = 1; v <= n; ++v) printf("%lld%c", dist[v] == inf ? -1 : dist[v], v == n ? '\n' : ' ');
}
