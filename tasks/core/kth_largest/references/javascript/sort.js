/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function(nums, k) {
    const a = nums.slice().sort((x, y) => y - x);
    return a[k - 1];
};
