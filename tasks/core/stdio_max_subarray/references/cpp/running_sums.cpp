#include <bits/stdc++.h>
using namespace std;

// A running sum from every start gives each of its subarrays in O(1): O(n^2) time.
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long best = a[0];
    for (int i = 0; i < n; ++i) {
        long long total = 0;
        for (int j = i; j < n; ++j) {
            total += a[j];
            if (total > best) best = total;
        }
    }
    printf("%lld\n", best);
}
