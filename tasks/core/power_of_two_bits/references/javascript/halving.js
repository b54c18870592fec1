/**
 * @param {number[]} nums
 * @return {number}
 */
var countPowersOfTwo = function(nums) {
    // Halve while even; a power of two ends at 1. Halving a double is exact, so no bit is lost.
    let count = 0;
    for (let x of nums) {
        if (x <= 0) continue;
        while (x % 2 === 0) x /= 2;
        if (x === 1) count++;
    }
    return count;
};
