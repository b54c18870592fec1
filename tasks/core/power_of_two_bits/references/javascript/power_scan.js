/**
 * @param {number[]} nums
 * @return {number}
 */
var countPowersOfTwo = function(nums) {
    // Doubles hold every power of two up to 2^62 exactly, so doubling never rounds.
    let count = 0;
    for (const x of nums) {
        let power = 1;
        for (let e = 0; e < 63; e++, power *= 2) {
            if (x === power) {
                count++;
                break;
            }
        }
    }
    return count;
};
