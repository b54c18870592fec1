/**
 * @param {number[]} nums
 * @return {number}
 */
var singleNumber = function(nums) {
    const counts = new Map();
    for (const x of nums) counts.set(x, (counts.get(x) || 0) + 1);
    for (const [value, count] of counts) if (count === 1) return value;
    return 0;
};
