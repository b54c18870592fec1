#include <cstdio>
#include <utility>
#include <vector>
using namespace std;

// Dijkstra picking the closest unsettled node by scanning all of them: O(n^2 + m).
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<vector<pair<int, long long>>> adj(n + 1);
    for (int k = 0; k < m; ++k) {
        int u, v;
        long long w;
        scanf("%d %d %lld", &u, &v, &w);
        adj[u].emplace_back(v, w);
    }
    const long long inf = 1LL << 62;
    vector<long long> dist(n + 1, inf);
    vector<char> done(n + 1, 0);
    dist[1] = 0;
    for (int round = 0; round < n; ++round) {
        int u = -1;
        for (int v = 1; v <= n; ++v)
            if (!done[v] && dist[v] != inf && (u < 0 || dist[v] < dist[u])) u = v;
        if (u < 0) break;  // the rest is unreachable
        done[u] = 1;
        for (auto [v, w] : adj[u])
            if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
    }
    for (int v = 1; v <= n; ++v) printf("%lld%c", dist[v] == inf ? -1 : dist[v], v == n ? '\n' : ' ');
}
