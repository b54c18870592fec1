/**
 * @param {number} n
 * @return {number}
 */
var countPrimes = function(n) {
    const primes = [];
    for (let candidate = 2; candidate < n; candidate++) {
        let prime = true;
        for (const p of primes) {
            if (p * p > candidate) break;
            if (candidate % p === 0) {
                prime = false;
                break;
            }
        }
        if (prime) primes.push(candidate);
    }
    return primes.length;
};
