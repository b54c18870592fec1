/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var topKFrequentSum = function(nums, k) {
    // Count each distinct value by filtering the whole list again: O(n d) time for d distinct values,
    // where a single pass with a hash map would do.
    const ranked = [...new Set(nums)].map((v) => [v, nums.filter((x) => x === v).length]);
    // Higher count first, then the larger value.
    ranked.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    let total = 0;
    for (let i = 0; i < k; i++) total += ranked[i][0];
    return total;
};
