class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> a(nums);
        int target = (int)a.size() - k;  // index in ascending order
        int lo = 0, hi = (int)a.size() - 1;
        while (lo < hi) {
            int x = a[lo], y = a[(lo + hi) / 2], z = a[hi];
            int pivot = max(min(x, y), min(max(x, y), z));  // median of three
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) ++i;
                while (a[j] > pivot) --j;
                if (i <= j) swap(a[i++], a[j--]);
            }
            // a[lo..j] <= pivot <= a[i..hi]; anything strictly between equals the pivot
            if (target <= j) hi = j;
            else if (target >= i) lo = i;
            else return a[target];
        }
        return a[target];
    }
};
