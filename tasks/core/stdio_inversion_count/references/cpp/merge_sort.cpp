#include <cstdio>
#include <vector>
using namespace std;

// Sorts a[lo, hi) through buf and returns its inversions: a right element placed before left ones
// jumps over every left element not yet placed, each of them larger.
static long long sortCount(vector<int>& a, vector<int>& buf, int lo, int hi) {
    if (hi - lo < 2) return 0;
    int mid = (lo + hi) / 2;
    long long count = sortCount(a, buf, lo, mid) + sortCount(a, buf, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[i] <= a[j]) buf[k++] = a[i++];
        else count += mid - i, buf[k++] = a[j++];
    }
    while (i < mid) buf[k++] = a[i++];
    while (j < hi) buf[k++] = a[j++];
    for (k = lo; k < hi; ++k) a[k] = buf[k];
    return count;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<int> a(n), buf(n);
    for (int& x : a) scanf("%d", &x);
    printf("%lld\n", sortCount(a, buf, 0, n));
}
