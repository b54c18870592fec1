/**
 * Smallest tail per length, binary search per element. O(n log n).
 * @param {number[]} nums
 * @return {number}
 */
var lengthOfLIS = function (nums) {
    const tails = [];
    for (const x of nums) {
        let lo = 0;
        let hi = tails.length; // first tail >= x
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (tails[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = x;
    }
    return tails.length;
};
