#include <bits/stdc++.h>
using namespace std;

static long long sort_count(vector<int>& a, vector<int>& buffer, int lo, int hi) {
    if (hi - lo <= 1) return 0;
    int mid = (lo + hi) / 2;
    long long count = sort_count(a, buffer, lo, mid) + sort_count(a, buffer, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) { buffer[k++] = a[j++]; count += mid - i; }
        else buffer[k++] = a[i++];
    }
    while (i < mid) buffer[k++] = a[i++];
    while (j < hi) buffer[k++] = a[j++];
    copy(buffer.begin() + lo, buffer.begin() + hi, a.begin() + lo);
    return count;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<int> a(n), buffer(n);
    for (auto& x : a) scanf("%d", &x);
    printf("%lld\n", sort_count(a, buffer, 0, n));
}
