#include <cstdio>
#include <set>
#include <utility>
#include <vector>
using namespace std;

// Dijkstra with std::set as the priority queue: decrease-key erases the old entry and inserts anew.
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
    set<pair<long long, int>> frontier{{0, 1}};
    dist[1] = 0;
    while (!frontier.empty()) {
        auto [d, u] = *frontier.begin();
        frontier.erase(frontier.begin());
        for (auto [v, w] : adj[u]) {
            if (d + w < dist[v]) {
                if (dist[v] != inf) frontier.erase({dist[v], v});
                dist[v] = d + w;
                frontier.insert({dist[v], v});
            }
        }
    }
    for (int v = 1; v <= n; ++v) printf("%lld%c", dist[v] == inf ? -1 : dist[v], v == n ? '\n' : ' ');
}
