/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var subarrayWithSum = function (nums, k) {
    const n = nums.length;
    for (let i = 0; i < n; i++) {
        let total = 0;
        for (let j = i; j < n; j++) {
            total += nums[j];
            if (total === k) return [i, j];
        }
    }
    return [];
};
