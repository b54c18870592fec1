/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function(nums, k) {
    const a = Int32Array.from(nums);
    const target = a.length - k;
    let lo = 0, hi = a.length - 1;
    while (lo < hi) {
        const x = a[lo], y = a[(lo + hi) >> 1], z = a[hi];
        const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
        let i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                const t = a[i]; a[i] = a[j]; a[j] = t;
                i++; j--;
            }
        }
        if (target <= j) hi = j;
        else if (target >= i) lo = i;
        else return a[target];
    }
    return a[target];
};
