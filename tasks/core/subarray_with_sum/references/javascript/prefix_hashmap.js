/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var subarrayWithSum = function (nums, k) {
    const first = new Map([[0, -1]]); // prefix sum -> last index of the first prefix reaching it
    let prefix = 0;
    for (let j = 0; j < nums.length; j++) {
        prefix += nums[j];
        const i = first.get(prefix - k);
        if (i !== undefined) return [i + 1, j];
        if (!first.has(prefix)) first.set(prefix, j);
    }
    return [];
};
