#include <bits/stdc++.h>
using namespace std;

// Every pair of prefix sums: for a fixed start the inner loop is an independent maximum over
// prefix[j] - prefix[i], with no running dependency between iterations. O(n^2) time.
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        scanf("%lld", &prefix[i]);
        prefix[i] += prefix[i - 1];
    }
    long long best = LLONG_MIN;
    for (int i = 0; i < n; ++i) {
        long long highest = LLONG_MIN;
        for (int j = i + 1; j <= n; ++j) highest = max(highest, prefix[j]);
        best = max(best, highest - prefix[i]);
    }
    printf("%lld\n", best);
}
