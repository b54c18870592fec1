#include <bits/stdc++.h>
#include <ext/pb_ds/assoc_container.hpp>
#include <ext/pb_ds/tree_policy.hpp>
using namespace std;
using namespace __gnu_pbds;

// GNU's policy-based tree with order statistics: for each value, how many earlier values are
// strictly greater. (value, position) pairs keep equal values distinct. O(n log n).
using ordered = tree<pair<int, int>, null_type, less<pair<int, int>>, rb_tree_tag,
                     tree_order_statistics_node_update>;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    ordered seen;
    long long count = 0;
    for (int i = 0; i < n; ++i) {
        int x;
        scanf("%d", &x);
        count += i - (long long)seen.order_of_key({x, INT_MAX});  // earlier values > x
        seen.insert({x, i});
    }
    printf("%lld\n", count);
}
