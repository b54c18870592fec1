#include <cstdio>
#include <utility>
#include <vector>

// Bubble sort: every swap exchanges one adjacent inverted pair, so the swaps count the inversions.
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    std::vector<int> a(n);
    for (int& x : a) scanf("%d", &x);
    long long count = 0;
    for (int end = n - 1; end > 0; --end) {
        bool swapped = false;
        for (int i = 0; i < end; ++i) {
            if (a[i] > a[i + 1]) {
                std::swap(a[i], a[i + 1]);
                ++count;
                swapped = true;
            }
        }
        if (!swapped) break;  // sorted: no inversions left
    }
    printf("%lld\n", count);
}
