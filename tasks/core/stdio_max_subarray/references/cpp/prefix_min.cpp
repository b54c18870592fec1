#include <bits/stdc++.h>
using namespace std;

// The sum of a[i+1..j] is prefix[j] - prefix[i]: prefix sums with std::partial_sum, then for each end
// the smallest earlier prefix is subtracted. O(n).
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; ++i) scanf("%lld", &prefix[i]);
    partial_sum(prefix.begin(), prefix.end(), prefix.begin());
    long long lowest = 0, best = LLONG_MIN;
    for (int j = 1; j <= n; ++j) {
        best = max(best, prefix[j] - lowest);
        lowest = min(lowest, prefix[j]);
    }
    printf("%lld\n", best);
}
