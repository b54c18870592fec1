/**
 * @param {number[]} nums
 * @return {number}
 */
var gcdPairSum = function(nums) {
    // Values reach 10^12, beyond JS's 32-bit bitwise operators: halve and test parity arithmetically.
    const gcd = (a, b) => {
        if (a === 0 || b === 0) return a + b;
        let scale = 1;
        while (a % 2 === 0 && b % 2 === 0) {  // common factors of two, one at a time
            a /= 2;
            b /= 2;
            scale *= 2;
        }
        while (a % 2 === 0) a /= 2;
        while (b !== 0) {
            while (b % 2 === 0) b /= 2;
            if (a > b) [a, b] = [b, a];
            b -= a;  // both odd: the difference is even
        }
        return a * scale;
    };
    let total = 0;
    for (let i = 0; i + 1 < nums.length; i++) total += gcd(nums[i], nums[i + 1]);
    return total;
};
