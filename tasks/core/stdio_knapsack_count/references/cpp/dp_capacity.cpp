#include <cstdio>
#include <vector>

// 1-D DP over capacity, capacities scanned downwards so each item is used at most once.
// O(n * W) time, O(W) memory.
int main() {
    int n, capacity;
    if (std::scanf("%d %d", &n, &capacity) != 2) return 0;
    std::vector<int> best(capacity + 1, 0);
    for (int i = 0; i < n; i++) {
        int w, v;
        std::scanf("%d %d", &w, &v);
        for (int c = capacity; c >= w; c--) {
            int candidate = best[c - w] + v;
            if (candidate > best[c]) best[c] = candidate;
        }
    }
    std::printf("%d\n", best[capacity]);
}
