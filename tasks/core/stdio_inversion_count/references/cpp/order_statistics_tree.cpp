#include <cstdio>
#include <ext/pb_ds/assoc_container.hpp>
#include <ext/pb_ds/tree_policy.hpp>
#include <functional>
#include <utility>
using namespace __gnu_pbds;

// GNU's policy-based red-black tree with subtree sizes: order_of_key counts stored keys below a key.
// Keys are (value, position) so equal values stay distinct.
typedef tree<std::pair<int, int>, null_type, std::less<std::pair<int, int>>, rb_tree_tag,
             tree_order_statistics_node_update> OrderedSet;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    OrderedSet seen;
    long long count = 0;
    for (int i = 0; i < n; ++i) {
        int x;
        scanf("%d", &x);
        // Stored keys not above (x, i) are the earlier values <= x; the others are larger.
        count += i - (long long)seen.order_of_key({x, i});
        seen.insert({x, i});
    }
    printf("%lld\n", count);
}
