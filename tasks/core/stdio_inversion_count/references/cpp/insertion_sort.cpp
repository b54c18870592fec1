#include <cstdio>
#include <vector>

// Insertion sort: every shift swaps one adjacent inverted pair, so the shifts count the inversions.
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    std::vector<int> a(n);
    for (int& x : a) scanf("%d", &x);
    long long count = 0;
    for (int i = 1; i < n; ++i) {
        int x = a[i], j = i;
        while (j > 0 && a[j - 1] > x) {
            a[j] = a[j - 1];
            --j;
        }
        a[j] = x;
        count += i - j;
    }
    printf("%lld\n", count);
}
