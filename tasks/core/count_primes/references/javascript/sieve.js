/**
 * @param {number} n
 * @return {number}
 */
var countPrimes = function(n) {
    if (n < 3) return 0;
    const composite = new Uint8Array(n);
    let count = 0;
    for (let i = 2; i < n; i++) {
        if (composite[i]) continue;
        count++;
        for (let m = i * i; m < n; m += i) composite[m] = 1;
    }
    return count;
};
