#include <cstdio>
#include <deque>
#include <utility>
#include <vector>
using namespace std;

// Bellman-Ford relaxing only the edges of nodes whose distance dropped, kept in a FIFO queue.
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
    vector<char> queued(n + 1, 0);
    deque<int> queue{1};
    dist[1] = 0;
    queued[1] = 1;
    while (!queue.empty()) {
        int u = queue.front();
        queue.pop_front();
        queued[u] = 0;
        for (auto [v, w] : adj[u]) {
            if (dist[u] + w < dist[v]) {
                dist[v] = dist[u] + w;
                if (!queued[v]) queued[v] = 1, queue.push_back(v);
            }
        }
    }
    for (int v = 1; v <= n; ++v) printf("%lld%c", dist[v] == inf ? -1 : dist[v], v == n ? '\n' : ' ');
}
