#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    string out;
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        long long total = 0;
        for (int i = l - 1; i < r; ++i) total += a[i];
        out += to_string(total);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
