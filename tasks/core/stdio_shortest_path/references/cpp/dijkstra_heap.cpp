#include <cstdio>
#include <functional>
#include <queue>
#include <utility>
#include <vector>
using namespace std;

// Dijkstra with a binary heap; an entry whose node is already settled is skipped (lazy deletion).
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
    vector<long long> dist(n + 1, -1);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
    heap.emplace(0, 1);
    while (!heap.empty()) {
        auto [d, u] = heap.top();
        heap.pop();
        if (dist[u] >= 0) continue;
        dist[u] = d;
        for (auto [v, w] : adj[u])
            if (dist[v] < 0) heap.emplace(d + w, v);
    }
    for (int v = 1; v <= n; ++v) printf("%lld%c", dist[v], v == n ? '\n' : ' ');
}
