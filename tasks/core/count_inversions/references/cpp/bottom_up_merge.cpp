#include <bits/stdc++.h>
using namespace std;

// Merge sort without recursion: runs of width 1, 2, 4, ... merged pairwise between two buffers,
// counting the left values each right value jumps over. O(n log n).
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<int> a(n), b(n);
    for (auto& x : a) scanf("%d", &x);
    long long count = 0;
    for (int width = 1; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
            int mid = min(lo + width, n), hi = min(lo + 2 * width, n);
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (a[j] < a[i]) { b[k++] = a[j++]; count += mid - i; }
                else b[k++] = a[i++];
            }
            while (i < mid) b[k++] = a[i++];
            while (j < hi) b[k++] = a[j++];
        }
        swap(a, b);
    }
    printf("%lld\n", count);
}
