#include <bits/stdc++.h>
using namespace std;

// Best of the left half, the right half, and the best sum crossing the middle (best suffix of the
// left plus best prefix of the right). O(n log n).
static long long best_in(const vector<long long>& a, int lo, int hi) {
    if (hi - lo == 1) return a[lo];
    int mid = (lo + hi) / 2;
    long long total = 0, left = LLONG_MIN, right = LLONG_MIN;
    for (int i = mid - 1; i >= lo; --i) left = max(left, total += a[i]);
    total = 0;
    for (int i = mid; i < hi; ++i) right = max(right, total += a[i]);
    return max({best_in(a, lo, mid), best_in(a, mid, hi), left + right});
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    printf("%lld\n", best_in(a, 0, n));
}
