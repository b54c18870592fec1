#include <cstdio>
#include <utility>
#include <vector>

// DP over total value: lightest[t] = least weight reaching value exactly t; the answer is the
// largest t whose lightest weight fits. O(n * V) time for V = sum of values.
int main() {
    int n, capacity;
    if (std::scanf("%d %d", &n, &capacity) != 2) return 0;
    std::vector<std::pair<int, int>> items(n);
    long long total = 0;
    for (auto& item : items) {
        std::scanf("%d %d", &item.first, &item.second);
        total += item.second;
    }
    const long long infinity = static_cast<long long>(capacity) + 1;
    std::vector<long long> lightest(total + 1, infinity);
    lightest[0] = 0;
    long long reached = 0;
    for (const auto& [w, v] : items) {
        reached += v;
        for (long long t = reached; t >= v; t--) {
            long long candidate = lightest[t - v] + w;
            if (candidate < lightest[t]) lightest[t] = candidate;
        }
    }
    long long answer = 0;
    for (long long t = 0; t <= total; t++)
        if (lightest[t] <= capacity) answer = t;
    std::printf("%lld\n", answer);
}
