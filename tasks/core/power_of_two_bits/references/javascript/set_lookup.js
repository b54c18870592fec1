const POWERS = new Set(Array.from({ length: 63 }, (_, e) => 2 ** e));

/**
 * @param {number[]} nums
 * @return {number}
 */
var countPowersOfTwo = function(nums) {
    // JS bitwise operators truncate to 32 bits, so look values up among the exact double powers.
    let count = 0;
    for (const x of nums) if (POWERS.has(x)) count++;
    return count;
};
