/**
 * @param {number[]} nums
 * @return {number}
 */
var singleNumber = function(nums) {
    // per bit, (twos, ones) counts how often it was set, modulo 3: 00 -> 01 -> 10 -> 00
    let ones = 0, twos = 0;
    for (const x of nums) {
        ones = (ones ^ x) & ~twos;
        twos = (twos ^ x) & ~ones;
    }
    return ones;
};
