#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    vector<long long> tree(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        long long x;
        scanf("%lld", &x);
        tree[i] += x;
        int parent = i + (i & -i);
        if (parent <= n) tree[parent] += tree[i];
    }
    auto prefix = [&](int i) {
        long long total = 0;
        for (; i > 0; i -= i & -i) total += tree[i];
        return total;
    };
    string out;
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        out += to_string(prefix(r) - prefix(l - 1));
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
