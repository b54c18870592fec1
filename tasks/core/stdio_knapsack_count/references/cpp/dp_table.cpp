#include <algorithm>
#include <cstdio>
#include <vector>

// The textbook 2-D table: table[i][c] = best value using the first i items within capacity c.
// O(n * W) time and O(n * W) memory, one heap row per item.
int main() {
    int n, capacity;
    if (std::scanf("%d %d", &n, &capacity) != 2) return 0;
    std::vector<std::vector<int>> table(n + 1, std::vector<int>(capacity + 1, 0));
    for (int i = 1; i <= n; i++) {
        int w, v;
        std::scanf("%d %d", &w, &v);
        const std::vector<int>& previous = table[i - 1];
        std::vector<int>& row = table[i];
        for (int c = 0; c <= capacity; c++) {
            row[c] = previous[c];
            if (c >= w) row[c] = std::max(row[c], previous[c - w] + v);
        }
    }
    std::printf("%d\n", table[n][capacity]);
}
