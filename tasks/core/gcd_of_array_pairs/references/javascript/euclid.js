/**
 * @param {number[]} nums
 * @return {number}
 */
var gcdPairSum = function(nums) {
    // Doubles represent every integer below 2^53 exactly, and % on them is exact.
    let total = 0;
    for (let i = 0; i + 1 < nums.length; i++) {
        let a = nums[i], b = nums[i + 1];
        while (b !== 0) [a, b] = [b, a % b];
        total += a;
    }
    return total;
};
