#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    vector<int> values(a);
    sort(values.begin(), values.end());
    values.erase(unique(values.begin(), values.end()), values.end());
    int size = values.size();
    vector<int> tree(size + 1, 0);
    long long count = 0;
    for (int i = n - 1; i >= 0; --i) {
        int rank = lower_bound(values.begin(), values.end(), a[i]) - values.begin() + 1;
        for (int r = rank - 1; r > 0; r -= r & -r) count += tree[r];
        for (int r = rank; r <= size; r += r & -r) ++tree[r];
    }
    printf("%lld\n", count);
}
