#include <bits/stdc++.h>
using namespace std;

// An iterative (bottom-up) segment tree of sums: O(n) to build, O(log n) per query.
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    vector<long long> tree(2 * n, 0);
    for (int i = 0; i < n; ++i) scanf("%lld", &tree[n + i]);
    for (int i = n - 1; i > 0; --i) tree[i] = tree[2 * i] + tree[2 * i + 1];
    string out;
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        long long total = 0;
        for (int lo = l - 1 + n, hi = r + n; lo < hi; lo >>= 1, hi >>= 1) {
            if (lo & 1) total += tree[lo++];
            if (hi & 1) total += tree[--hi];
        }
        out += to_string(total);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
