/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function(nums, target) {
    const order = nums.map((_, k) => k).sort((a, b) => nums[a] - nums[b]);
    let lo = 0;
    let hi = order.length - 1;
    while (lo < hi) {
        const total = nums[order[lo]] + nums[order[hi]];
        if (total === target) {
            return [Math.min(order[lo], order[hi]), Math.max(order[lo], order[hi])];
        }
        if (total < target) lo++;
        else hi--;
    }
    return [];
};
