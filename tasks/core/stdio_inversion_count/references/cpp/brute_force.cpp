#include <cstdio>
#include <vector>

// Compare every pair.
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    std::vector<int> a(n);
    for (int& x : a) scanf("%d", &x);
    long long count = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) count += a[i] > a[j];
    printf("%lld\n", count);
}
