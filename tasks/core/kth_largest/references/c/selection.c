int findKthLargest(int* nums, int numsSize, int k) {
    int* a = malloc(sizeof(int) * numsSize);
    memcpy(a, nums, sizeof(int) * numsSize);
    int n = numsSize, answer;
    if (k <= n - k + 1) {
        for (int i = 0; i < k; ++i) {
            int best = i;
            for (int j = i + 1; j < n; ++j) if (a[j] > a[best]) best = j;
            int t = a[i]; a[i] = a[best]; a[best] = t;
        }
        answer = a[k - 1];
    } else {
        int m = n - k + 1; /* the answer is the m-th smallest */
        for (int i = 0; i < m; ++i) {
            int best = i;
            for (int j = i + 1; j < n; ++j) if (a[j] < a[best]) best = j;
            int t = a[i]; a[i] = a[best]; a[best] = t;
        }
        answer = a[m - 1];
    }
    free(a);
    return answer;
}
