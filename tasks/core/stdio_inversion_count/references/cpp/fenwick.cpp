#include <algorithm>
#include <cstdio>
#include <vector>
using namespace std;

// A Fenwick tree over value ranks: for each value, earlier values not larger are a prefix count.
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<int> a(n);
    for (int& x : a) scanf("%d", &x);
    vector<int> sorted(a);
    sort(sorted.begin(), sorted.end());
    sorted.erase(unique(sorted.begin(), sorted.end()), sorted.end());
    int m = sorted.size();
    vector<int> tree(m + 1, 0);
    long long count = 0;
    for (int seen = 0; seen < n; ++seen) {
        int r = lower_bound(sorted.begin(), sorted.end(), a[seen]) - sorted.begin() + 1;
        int notLarger = 0;
        for (int i = r; i > 0; i -= i & -i) notLarger += tree[i];
        count += seen - notLarger;
        for (int i = r; i <= m; i += i & -i) ++tree[i];
    }
    printf("%lld\n", count);
}
