/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var maxSlidingWindow = function(nums, k) {
    const out = [];
    for (let start = 0; start + k <= nums.length; start++) {
        let best = nums[start];
        for (let i = start + 1; i < start + k; i++) if (nums[i] > best) best = nums[i];
        out.push(best);
    }
    return out;
};
