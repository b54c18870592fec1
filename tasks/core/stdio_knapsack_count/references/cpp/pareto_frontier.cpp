#include <cstdio>
#include <map>

// Reachable (weight, value) pairs in an ordered map, pruned to the Pareto frontier after each item:
// a pair is dropped when a lighter-or-equal pair has at least its value. O(n * F log F) time for a
// frontier of F pairs (F <= W + 1).
int main() {
    int n, capacity;
    if (std::scanf("%d %d", &n, &capacity) != 2) return 0;
    std::map<int, int> frontier{{0, 0}};
    for (int i = 0; i < n; i++) {
        int w, v;
        std::scanf("%d %d", &w, &v);
        std::map<int, int> grown = frontier;
        for (const auto& [weight, value] : frontier) {
            if (weight + w > capacity) break;
            auto [it, inserted] = grown.emplace(weight + w, value + v);
            if (!inserted && it->second < value + v) it->second = value + v;
        }
        frontier.clear();
        int best = -1;
        for (const auto& [weight, value] : grown) {
            if (value > best) {
                best = value;
                frontier.emplace_hint(frontier.end(), weight, value);
            }
        }
    }
    std::printf("%d\n", frontier.rbegin()->second);
}
