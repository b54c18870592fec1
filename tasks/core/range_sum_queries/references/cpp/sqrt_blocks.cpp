#include <bits/stdc++.h>
using namespace std;

// Sums of blocks of about sqrt(n) values: a query adds whole blocks and at most two partial ones,
// O(sqrt(n)) per query.
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    int size = max(1, (int)sqrt((double)n));
    vector<long long> blocks((n + size - 1) / size, 0);
    for (int i = 0; i < n; ++i) blocks[i / size] += a[i];
    string out;
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        int left = l - 1, right = r;  // half-open [left, right)
        long long total = 0;
        int first = (left + size - 1) / size, last = right / size;  // whole blocks [first, last)
        if (first >= last) {
            for (int i = left; i < right; ++i) total += a[i];
        } else {
            for (int i = left; i < first * size; ++i) total += a[i];
            for (int b = first; b < last; ++b) total += blocks[b];
            for (int i = last * size; i < right; ++i) total += a[i];
        }
        out += to_string(total);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
