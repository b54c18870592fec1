/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var topKFrequentSum = function(nums, k) {
    const counts = new Map();
    for (const v of nums) counts.set(v, (counts.get(v) || 0) + 1);
    // Higher count first, then the larger value.
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    let total = 0;
    for (let i = 0; i < k; i++) total += ranked[i][0];
    return total;
};
